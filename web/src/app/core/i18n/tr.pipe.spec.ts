import { TestBed } from '@angular/core/testing';
import { I18n } from './i18n';
import { TrPipe } from './tr.pipe';

describe('TrPipe', () => {
  beforeEach(() => localStorage.removeItem('portal.lang'));

  it('renders Chinese by default and English after the switch, filling placeholders', () => {
    TestBed.configureTestingModule({});
    const pipe = TestBed.runInInjectionContext(() => new TrPipe());
    const i18n = TestBed.inject(I18n);
    const greeting = { zh: '您好，{name}', en: 'Hello, {name}' };
    expect(pipe.transform(greeting, { name: '王芳' })).toBe('您好，王芳');
    i18n.toggle();
    expect(pipe.transform(greeting, { name: 'Wang' })).toBe('Hello, Wang');
    expect(i18n.acceptLanguage()).toMatch(/^en/);
  });
});
