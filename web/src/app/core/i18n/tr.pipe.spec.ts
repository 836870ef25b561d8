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

describe('English counts', () => {
  beforeEach(() => localStorage.setItem('portal.lang', 'en'));
  afterEach(() => localStorage.removeItem('portal.lang'));

  it('says "1 entry" and "2 entries" in English, and leaves the Chinese as it is', () => {
    TestBed.configureTestingModule({});
    const i18n = TestBed.inject(I18n);
    const total = { zh: '共 {total} 条登记', en: '{total|entry|entries}' };
    expect(i18n.t(total, { total: 1 })).toBe('1 entry');
    expect(i18n.t(total, { total: 2 })).toBe('2 entries');
    expect(i18n.t(total, { total: 0 })).toBe('0 entries');
    expect(i18n.t({ zh: '', en: '{count|price needs|prices need} fixing first' }, { count: 1 })).toBe('1 price needs fixing first');
    i18n.toggle();
    expect(i18n.t(total, { total: 1 })).toBe('共 1 条登记');
  });
});
