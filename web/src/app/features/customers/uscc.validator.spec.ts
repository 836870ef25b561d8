import { FormControl } from '@angular/forms';
import { usccProblem, usccValidator } from './uscc.validator';

// GB 32100-2015's own worked example.
const VALID = '91350100M000100Y43';

describe('live 统一社会信用代码 check', () => {
  it('accepts a code whose check character is right, forgiving spaces and lower case', () => {
    expect(usccProblem(VALID)).toBeNull();
    expect(usccProblem(' 9135 0100 m000 100y43 ')).toBeNull();
  });

  it('counts the characters while the clerk is still typing', () => {
    expect(usccProblem('9135010')).toEqual({ kind: 'length', length: 7 });
    expect(usccProblem(VALID + '1')).toEqual({ kind: 'length', length: 19 });
  });

  it('names the characters the standard leaves out (I, O, S, V, Z) and punctuation', () => {
    expect(usccProblem('91350100MOOO100Y43')).toEqual({ kind: 'characters', bad: 'O' });
    expect(usccProblem('9135-0100')).toEqual({ kind: 'characters', bad: '-' });
  });

  it('says when the administrative division (characters 3–8) is not all digits', () => {
    expect(usccProblem('9135010AM000100Y43')).toEqual({ kind: 'division' });
  });

  it('refuses a code of the right shape with a wrong check character', () => {
    const wrong = VALID.slice(0, 17) + (VALID[17] === '3' ? '4' : '3');
    expect(usccProblem(wrong)).toEqual({ kind: 'check' });
  });

  it('leaves an empty field to the required validator', () => {
    expect(usccValidator(new FormControl(''))).toBeNull();
    expect(usccValidator(new FormControl('123'))).toEqual({ uscc: { kind: 'length', length: 3 } });
  });
});
