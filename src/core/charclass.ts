// Unicode property tests on single UTF-16 code units, answered from a table filled on first sight.
// A scan that tests each non-ASCII character with a pattern pays for the test and a one-character
// string every time; curly quotes, dashes and accented letters recur on every page.

/** `re.test(String.fromCharCode(c))`, memoised per code unit. `re` must not be global or sticky. */
export function codeUnitTest(re: RegExp): (c: number) => boolean {
  const table = new Uint8Array(65536); // 0 not yet known, 1 matches, 2 does not
  return (c) => {
    let k = table[c]!;
    if (k === 0) {
      k = re.test(String.fromCharCode(c)) ? 1 : 2;
      table[c] = k;
    }
    return k === 1;
  };
}
