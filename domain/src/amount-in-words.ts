/**
 * The amount in Chinese capital figures (大写金额) that invoices, quotations, vouchers and
 * contracts print beside the figure: the capitals have no strokes a pen can add to, so the amount
 * cannot be altered by adding a digit. Pure, so any document (PDF, XLSX, a screen) says it the same.
 */

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const SMALL_UNITS = ['', '拾', '佰', '仟'];
const BIG_UNITS = ['', '万', '亿', '万亿'];

function groupInWords(group: number): string {
  let out = '';
  let zero = false;
  for (let i = 3; i >= 0; i--) {
    const d = Math.floor(group / 10 ** i) % 10;
    if (d === 0) {
      if (out) zero = true;
    } else {
      if (zero) out += '零';
      zero = false;
      out += DIGITS[d] + SMALL_UNITS[i];
    }
  }
  return out;
}

/** 1234560 fen → '壹万贰仟叁佰肆拾伍元陆角整'; negative amounts start with 负. */
export function fenInChineseWords(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not a fen amount: ${fen}`);
  if (fen < 0) return `负${fenInChineseWords(-fen)}`;
  if (fen === 0) return '零元整';
  let yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  let integer = '';
  if (yuan > 0) {
    const groups: number[] = [];
    while (yuan > 0) {
      groups.push(yuan % 10000);
      yuan = Math.floor(yuan / 10000);
    }
    let zeroPending = false;
    for (let g = groups.length - 1; g >= 0; g--) {
      const group = groups[g];
      if (group === 0) {
        if (integer) zeroPending = true;
        continue;
      }
      if (integer && (zeroPending || group < 1000)) integer += '零';
      zeroPending = false;
      integer += groupInWords(group) + BIG_UNITS[g];
    }
    integer += '元';
  }
  if (jiao === 0 && cents === 0) return `${integer}整`;
  let decimals = '';
  if (jiao > 0) decimals += `${DIGITS[jiao]}角`;
  if (cents > 0) decimals += `${jiao === 0 && integer ? '零' : ''}${DIGITS[cents]}分`;
  else decimals += '整';
  return integer + decimals;
}
