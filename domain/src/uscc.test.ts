import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isValidUscc, normalizeUscc, usccCheckCharacter } from './uscc';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('accepts codes whose check character is right', () => {
    // The standard's own worked example, and codes as printed on business licences.
    for (const code of ['91350100M000100Y43', '91110000600037341L', '91440300708461136T']) {
      assert.equal(isValidUscc(code), true, code);
    }
  });

  it('refuses a wrong check character, a wrong length and letters outside the alphabet', () => {
    assert.equal(isValidUscc('91350100M000100Y44'), false);
    assert.equal(isValidUscc('91350100M000100Y4'), false);
    assert.equal(isValidUscc('91350100M000100Y433'), false);
    // I, O, S, V, Z are never used.
    assert.equal(isValidUscc('91350100M0001O0Y43'), false);
    // Positions 3–8 are the administrative division: digits only.
    assert.equal(isValidUscc('9135010AM000100Y43'), false);
    assert.equal(isValidUscc(''), false);
  });

  it('computes the check character, 0 when the remainder is 0', () => {
    assert.equal(usccCheckCharacter('91350100M000100Y4'), '3');
    assert.equal(usccCheckCharacter('91350100M000100Y'), null);
    for (let i = 0; i < 200; i++) {
      const body = `9144${String(1000 + i).padStart(4, '0')}MA5${String(i * 7919).padStart(6, '0')}`.slice(0, 17);
      const check = usccCheckCharacter(body)!;
      assert.equal(isValidUscc(body + check), true, body + check);
    }
  });

  it('normalises spaces and lower case as typed', () => {
    assert.equal(normalizeUscc(' 91350100m000100y43 '), '91350100M000100Y43');
    assert.equal(normalizeUscc('9135 0100 M000 100Y 43'), '91350100M000100Y43');
  });
});
