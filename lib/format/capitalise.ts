/** "route" → "Route": a noun at the start of a sentence. */
export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
