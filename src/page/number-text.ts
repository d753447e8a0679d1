// Numbers as the card shows them ("21,600", "1.625", "0.5"), the way `toLocaleString("en")` writes
// them, without Intl: its first call loads ICU number data, and that alone made the first card on a
// big page a long task.

export function numberText(n: number): string {
  if (!Number.isFinite(n) || Math.abs(n) >= 1e11) return n.toLocaleString("en"); // past 1e11, float rounding to three places drifts
  const rounded = Math.round(Math.abs(n) * 1000) / 1000;
  const [int = "0", frac] = String(rounded).split(".");
  let grouped = "";
  for (let i = int.length; i > 0; i -= 3) grouped = int.slice(Math.max(0, i - 3), i) + (grouped ? "," + grouped : "");
  const sign = n < 0 || Object.is(n, -0) ? "-" : "";
  return sign + grouped + (frac ? "." + frac : "");
}
