import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { USCC_ALPHABET, isValidUscc, normalizeUscc } from '@portal/domain';
import type { Text } from '../../core/i18n/text';

/** Why a 统一社会信用代码 is not accepted, most useful first: a clerk mid-typing needs the count. */
export type UsccProblem = { kind: 'length'; length: number } | { kind: 'characters'; bad: string } | { kind: 'division' } | { kind: 'check' };

/**
 * The same rule the API applies (domain isValidUscc, GB 32100-2015), checked while typing.
 * Spaces and lower case are forgiven, as normalizeUscc forgives them on the server.
 */
export function usccProblem(raw: string): UsccProblem | null {
  const code = normalizeUscc(raw);
  if (!code) return null;
  const bad = [...code].filter((c) => !USCC_ALPHABET.includes(c));
  if (bad.length) return { kind: 'characters', bad: [...new Set(bad)].join(' ') };
  if (code.length !== 18) return { kind: 'length', length: code.length };
  // Characters 3–8 are the administrative division code (行政区划码): digits only.
  if (!/^..\d{6}/.test(code)) return { kind: 'division' };
  return isValidUscc(code) ? null : { kind: 'check' };
}

/** Angular validator: `{ uscc: UsccProblem }` when the code is wrong; empty is left to `required`. */
export const usccValidator: ValidatorFn = (control: AbstractControl<string | null>): ValidationErrors | null => {
  const problem = usccProblem(control.value ?? '');
  return problem ? { uscc: problem } : null;
};

export const USCC_TEXT = {
  length: { zh: '统一社会信用代码应为 18 位，已输入 {length} 位', en: 'A unified social credit code has 18 characters; {length} so far' },
  characters: {
    zh: '含有不允许的字符：{bad}（只能是数字和除 I、O、S、V、Z 以外的大写字母）',
    en: 'Characters not allowed: {bad} (digits and capital letters except I, O, S, V, Z only)',
  },
  division: { zh: '第 3–8 位是行政区划码，只能是数字', en: 'Characters 3–8 are the division code: digits only' },
  check: { zh: '校验位不符，请逐位核对营业执照上的代码', en: 'The check character does not match; compare it with the business licence' },
} satisfies Record<UsccProblem['kind'], Text>;
