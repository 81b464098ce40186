/**
 * Chinese quantities: numerals (一亿, 七亿, 两千万, 三十五), digits with Chinese units (7亿,
 * 2,000万, 1.5亿), and full-width digits (７亿). Returns the value, or undefined for text that is
 * not a quantity. Pure character arithmetic, no patterns that can backtrack.
 */

const DIGITS: Readonly<Record<string, number>> = {
  '零': 0, '〇': 0, '一': 1, '壹': 1, '二': 2, '贰': 2, '两': 2, '三': 3, '叁': 3, '四': 4, '肆': 4,
  '五': 5, '伍': 5, '六': 6, '陆': 6, '七': 7, '柒': 7, '八': 8, '捌': 8, '九': 9, '玖': 9,
};
/** Units inside a section of up to 万. */
const SMALL_UNITS: Readonly<Record<string, number>> = { '十': 10, '拾': 10, '百': 100, '佰': 100, '千': 1000, '仟': 1000 };
/** Section units: each multiplies everything before it. */
const BIG_UNITS: Readonly<Record<string, number>> = { '万': 1e4, '萬': 1e4, '亿': 1e8, '億': 1e8, '兆': 1e12 };

/** Characters a Chinese quantity is written with. */
export const isNumeralChar = (c: string): boolean =>
  c in DIGITS || c in SMALL_UNITS || c in BIG_UNITS || (c >= '0' && c <= '9') || (c >= '\uff10' && c <= '\uff19') || c === '.' || c === ',' || c === '\uff0c';

/** Full-width digits to ASCII. */
const ascii = (s: string): string => s.replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48));

/**
 * The value of a Chinese quantity: "一亿" → 1e8, "7亿" → 7e8, "两千万" → 2e7, "2,000万" → 2e7,
 * "1.5亿" → 1.5e8, "十万" → 1e5, "三十五" → 35. Undefined when `s` is not one.
 */
export function chineseQuantity(raw: string): number | undefined {
  const s = ascii(raw).replace(/[,\uff0c](?=\d{3})/g, '');
  if (s.length === 0) return undefined;
  let total = 0; // sections already closed by 亿 (or 兆)
  let section = 0; // the value below the current big unit
  let small = 0; // the value below the current small unit
  let seen = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c >= '0' && c <= '9') {
      let j = i;
      while (j < s.length && ((s[j] >= '0' && s[j] <= '9') || (s[j] === '.' && s[j + 1] >= '0' && s[j + 1] <= '9'))) j++;
      small = Number(s.slice(i, j));
      i = j - 1;
      seen = true;
    } else if (c in DIGITS) {
      small = DIGITS[c];
      seen = true;
    } else if (c in SMALL_UNITS) {
      section += (small || 1) * SMALL_UNITS[c];
      small = 0;
      seen = true;
    } else if (c in BIG_UNITS) {
      const unit = BIG_UNITS[c];
      const value = section + small || (total === 0 ? 1 : 0);
      if (unit >= 1e8) {
        total = (total + value) * unit;
      } else {
        total += value * unit;
      }
      section = 0;
      small = 0;
      seen = true;
    } else {
      return undefined;
    }
  }
  return seen ? total + section + small : undefined;
}
