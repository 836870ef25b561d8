import { MIN_PASSWORD_LENGTH } from '@portal/domain';
import { generatePassword } from './password';

describe('generatePassword', () => {
  it('makes a long enough password with a letter, a digit and a symbol, and no look-alike characters', () => {
    for (let i = 0; i < 50; i++) {
      const p = generatePassword();
      expect(p.length).toBeGreaterThanOrEqual(Math.max(12, MIN_PASSWORD_LENGTH));
      expect(p).toMatch(/[A-Za-z]/);
      expect(p).toMatch(/[2-9]/);
      expect(p).toMatch(/[@#%+=]/);
      expect(p).not.toMatch(/[0O1lI]/);
    }
  });
});
