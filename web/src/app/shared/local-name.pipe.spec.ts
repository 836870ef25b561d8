import { TestBed } from '@angular/core/testing';
import { I18n } from '../core/i18n/i18n';
import { LocalNamePipe } from './local-name.pipe';

describe('LocalNamePipe', () => {
  beforeEach(() => localStorage.removeItem('portal.lang'));

  it('shows the Chinese name in Chinese, the English one in English, and the Chinese one where there is no English name', () => {
    TestBed.configureTestingModule({});
    const pipe = TestBed.runInInjectionContext(() => new LocalNamePipe());
    expect(pipe.transform('首页通栏', 'Home page banner')).toBe('首页通栏');
    TestBed.inject(I18n).lang.set('en');
    expect(pipe.transform('首页通栏', 'Home page banner')).toBe('Home page banner');
    expect(pipe.transform('会员短信推送', null)).toBe('会员短信推送');
    expect(pipe.transform('会员短信推送', '')).toBe('会员短信推送');
  });
});
