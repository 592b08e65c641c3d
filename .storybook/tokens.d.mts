export interface Token {
  name: string;
  group: 'colour' | 'type' | 'space' | 'shape' | 'motion' | 'other';
  default: string | null;
  defaults: string[];
  elements: string[];
  description: string;
  pair: string | null;
}
export const GROUPS: Token['group'][];
export function groupOf(name: string): Token['group'];
export function varReads(text: string, prefix?: string): { name: string; fallback: string | null; index: number }[];
export function readTokens(options?: { src?: string; manifest?: string }): Token[];
export function pairOf(name: string, names: string[]): string | null;
