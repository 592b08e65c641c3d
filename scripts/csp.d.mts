/** The strict Content-Security-Policy the partner page is tested under and the README documents. */
export declare const STRICT_CSP: string;
