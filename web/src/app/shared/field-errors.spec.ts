import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { fieldErrors } from './field-errors';
import { showServerErrors } from './server-errors';

describe('fieldErrors', () => {
  const CODE_FORMAT = { zh: '只能是大写字母和数字', en: 'Capitals and digits only' };
  const TOO_LONG = { zh: '最多 {max} 个字符', en: 'At most {max} characters' };

  function setup() {
    localStorage.removeItem('portal.lang');
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
    const form = new FormGroup({
      code: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(/^[A-Z0-9]*$/), Validators.maxLength(4)] }),
    });
    const error = TestBed.runInInjectionContext(() => fieldErrors(form, { pattern: CODE_FORMAT, maxlength: TOO_LONG }));
    return { form, error };
  }

  it('says 必填 first, then the form’s own checks in order, with the validator’s limit filled in', () => {
    const { form, error } = setup();
    expect(error('code')).toBe('必填');
    form.controls.code.setValue('bj');
    expect(error('code')).toBe('只能是大写字母和数字');
    form.controls.code.setValue('BJ0001');
    expect(error('code')).toBe('最多 4 个字符');
    form.controls.code.setValue('BJ');
    expect(error('code')).toBe('');
  });

  it('puts the server’s words before its own', () => {
    const { form, error } = setup();
    form.controls.code.setValue('bj');
    showServerErrors(form, { status: 409, errors: [{ path: 'code', message: '编号 BJ 已被使用' }] });
    expect(error('code')).toBe('编号 BJ 已被使用');
  });
});
