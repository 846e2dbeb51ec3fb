// Phone numbers are dialled left to right in every language. In a right-to-left sentence the bidi algorithm would
// show the groups of "08000 121 700" in reverse order ("700 121 08000"), so every number run is isolated as
// left-to-right: <bdi dir="ltr"> where we render elements, the Unicode isolates LRI…PDI in text Web Chat renders.
const NUMBER = /\+?[0-9][0-9\u0020\u00a0-]*[0-9]/g;
// Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan and their presentation forms: text where the order can flip.
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
const LRI = '\u2066';
const PDI = '\u2069';

/** The text split into plain strings and number runs ({ number }), in order. */
export function splitNumbers(value) {
  const text = value === undefined || value === null ? '' : String(value);
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(NUMBER)) {
    if (match.index > last) {
      parts.push(text.slice(last, match.index));
    }

    parts.push({ number: match[0] });
    last = match.index + match[0].length;
  }

  if (last < text.length) {
    parts.push(text.slice(last));
  }

  return parts;
}

/** Text with each number run between LRI and PDI when it has right-to-left letters (else unchanged: nothing to flip). */
export function isolateNumbers(text) {
  return typeof text === 'string' && RIGHT_TO_LEFT.test(text) ? text.replace(NUMBER, (number) => LRI + number + PDI) : text;
}
