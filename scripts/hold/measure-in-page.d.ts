export function measureLanguage(
  src: string,
  lang: string,
  variants?: Record<string, string[]>,
): Promise<Record<string, Record<string, number[]>>>;
