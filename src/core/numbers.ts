// Number words and numerals: the vocabulary figures.ts matches against, and their values.

/** A lookup table as a Map: fast, and page words like "constructor" are never keys. */
export function table<T>(o: Record<string, T>): Map<string, T> {
  return new Map(Object.entries(o));
}

export const SMALL: Map<string, number> = table({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
});

export const TENS: Map<string, number> = table({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

/** Scale words after a number ("2 million", "1.2bn"). */
export const SCALE_WORDS: Map<string, number> = table({
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6, mln: 1e6,
  tn: 1e12, trn: 1e12, crore: 1e7, lakh: 1e5,
});

/** Scale suffixes written against the number ("£45m", "$1.2bn", "30k"). */
export const SCALE_SUFFIX: Map<string, number> = table({
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12, trn: 1e12,
});

/** Denominators of fractions ("two-thirds", "a quarter"). "half" has its own rules. */
export const FRACTIONS: Map<string, number> = table({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, sixth: 6,
  sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
  hundredth: 100, hundredths: 100, fourth: 4, fourths: 4,
});

/** Counts with no exact value that the guide still treats as figures ("dozens", "thousands of"). */
export const VAGUE_COUNTS = new Set(["dozens", "hundreds", "thousands", "millions", "billions", "trillions", "scores", "tens"]);

export const MULTIPLE_VERBS: Map<string, number> = table({
  doubled: 2, doubling: 2, doubles: 2, tripled: 3, tripling: 3, triples: 3, trebled: 3, quadrupled: 4,
  quadrupling: 4, quintupled: 5, halved: 0.5, halving: 0.5, halves: 0.5, halve: 0.5,
});

export const FOLD_WORDS: Map<string, number> = table({
  twofold: 2, threefold: 3, fourfold: 4, fivefold: 5, sixfold: 6, sevenfold: 7, eightfold: 8,
  ninefold: 9, tenfold: 10, hundredfold: 100, thousandfold: 1000,
});

/** Value of one number word or a hyphenated compound ("twenty-one"), or undefined. */
export function wordValue(w: string): number | undefined {
  const s = SMALL.get(w);
  if (s !== undefined) return s;
  const t = TENS.get(w);
  if (t !== undefined) return t;
  const dash = w.indexOf("-");
  if (dash > 0) {
    const a = TENS.get(w.slice(0, dash));
    const b = SMALL.get(w.slice(dash + 1));
    if (a !== undefined && b !== undefined && b > 0 && b < 10) return a + b;
  }
  return undefined;
}

/** Parse a numeral as written in English news ("21,600", "3.2"); undefined when not finite. */
export function numeralValue(raw: string): number | undefined {
  if (raw.length > 40) return undefined;
  // (most numerals are whole numbers, which Number() parses slowly from a freshly sliced string)
  const whole = wholeNumeralValue(raw);
  if (whole !== undefined) return whole;
  const v = Number(raw.indexOf(",") < 0 ? raw : raw.replace(/,/g, ""));
  return Number.isFinite(v) ? v : undefined;
}

/** Digits and thousands commas ("21,600"), short enough to add up exactly; else undefined. */
function wholeNumeralValue(raw: string): number | undefined {
  if (raw.length > 15) return undefined;
  let v = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 44) continue;
    if (c < 48 || c > 57) return undefined;
    v = v * 10 + (c - 48);
  }
  return v;
}
