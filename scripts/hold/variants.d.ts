export const BANDS: number[];
export const WIDEST: number;
export const LANGUAGES: string[];
export const VARIANTS: Record<string, string[]>;
export function variantAttributes(variant: string): Record<string, string>;
export function bandSamples(i: number): number[];
