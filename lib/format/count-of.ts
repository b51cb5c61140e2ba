/** "1 change", "1,234 changes": a count and its noun, which takes an "s" for any number but one. */
export const countOf = (n: number, noun: string): string => `${n.toLocaleString("en")} ${noun}${n === 1 ? "" : "s"}`;
