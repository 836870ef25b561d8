import { DOCUMENT } from '@angular/common';
import { Injectable, effect, inject, signal } from '@angular/core';
import { fillCounts } from '@portal/domain';
import type { Lang, Text } from './text';

const STORAGE_KEY = 'portal.lang';

/**
 * The user's language: zh-CN by default, English on request, remembered in the
 * browser. Text lives beside each screen as { zh, en } pairs (like the API's
 * message tables and domain/'s labels), so one switch re-renders everything.
 */
@Injectable({ providedIn: 'root' })
export class I18n {
  private readonly document = inject(DOCUMENT);
  readonly lang = signal<Lang>(this.initial());

  constructor() {
    effect(() => {
      const lang = this.lang();
      this.document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
      try {
        localStorage.setItem(STORAGE_KEY, lang);
      } catch {
        // private mode: the choice lasts for this page only
      }
    });
  }

  toggle(): void {
    this.lang.update((l) => (l === 'zh' ? 'en' : 'zh'));
  }

  /** Renders a Text in the current language, filling {name} placeholders and English counts ({n|entry|entries}). */
  t(text: Text, params?: Record<string, unknown>): string {
    const s = fillCounts(text[this.lang()], params);
    return params ? s.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? '')) : s;
  }

  /** The Accept-Language the API should answer in. */
  acceptLanguage(): string {
    return this.lang() === 'zh' ? 'zh-CN,zh;q=0.9' : 'en,zh-CN;q=0.5';
  }

  private initial(): Lang {
    try {
      const saved = localStorage.getItem(STORAGE_KEY);
      if (saved === 'zh' || saved === 'en') return saved;
    } catch {
      // fall through to the default
    }
    return 'zh';
  }
}
