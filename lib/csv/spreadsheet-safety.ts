// Spreadsheets run a cell that starts with =, +, -, @, a tab or a carriage return as a formula ("CSV
// injection"). Text cells that start so are written with a leading apostrophe, which spreadsheets show as text
// and hide. To keep the rule reversible, text that already starts with apostrophes before such a character gets
// one more; import removes exactly one. Numeric columns are never guarded: -50 stays -50.

const trigger = /^'*[=+\-@\t\r]/;

export function guardCell(text: string): string {
  return trigger.test(text) ? `'${text}` : text;
}

export function unguardCell(text: string): string {
  return text.startsWith("'") && trigger.test(text.slice(1)) ? text.slice(1) : text;
}
