/** A row id from a URL: a positive 32-bit integer (the ids' column type), else null (a 404, never a 500). */
export function parseId(text: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(text)) return null;
  const id = Number(text);
  return id <= 2_147_483_647 ? id : null;
}
