/** Matches the path of Readability's parser in node_modules. */
export const READABILITY_FILE: RegExp;
/** Readability's source without the parts our bundles never reach (see readability-parts.mjs). */
export function readabilityWithoutUnusedParts(code: string): string;
