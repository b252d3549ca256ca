/**
 * Compares two strings in Unicode code-point order (grading.md's tie-break rule). JavaScript's
 * `<` compares UTF-16 code units, which puts astral characters (surrogate pairs) before
 * U+E000–U+FFFF; this fixes that one difference and is otherwise as fast as `<`.
 *
 * @example
 * compareCodePoints('a', 'b') // -1
 * compareCodePoints('\uFF5E', '😀') // -1 (U+FF5E < U+1F600, although '\uFF5E' > '\uD83D')
 */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (D800–DFFF) stand for code points above FFFF: move them above E000–FFFF.
    if (x >= 0xd800) x = x <= 0xdfff ? x + 0x2000 : x - 0x800;
    if (y >= 0xd800) y = y <= 0xdfff ? y + 0x2000 : y - 0x800;
    return x < y ? -1 : 1;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}
