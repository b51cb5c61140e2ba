/**
 * "Middle Corridor (Trans-Caspian International Transport Route)" → "Middle Corridor": drops a closing
 * parenthetical, for sentences, axes and labels beside a point. Written with indexOf rather than
 * /\s*\(.*\)\s*$/, which costs quadratic time on a name full of "(" (see the regexp lint rules).
 */
export function withoutParenthetical(text: string): string {
  const open = text.indexOf("(");
  if (open < 0 || !text.trimEnd().endsWith(")")) return text;
  const between = text.slice(open, text.trimEnd().length);
  // `.` in the old pattern did not cross lines: a parenthetical spanning lines stays.
  if (/[\n\r\u2028\u2029]/.test(between)) return text;
  return text.slice(0, open).trimEnd();
}
