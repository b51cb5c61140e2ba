// Types for content-security-policy.mjs, which stays JavaScript so that next.config.js can import it.
export declare const publicFrameAncestors: string;
export declare function isNeverFramed(pathname: string): boolean;
export declare function contentSecurityPolicy(request: { pathname: string; nonce: string | null; development: boolean }): string;
