/**
 * Which of a record's two names a screen shows (issue 11): the English one when the
 * language is English and the record has one, else the Chinese one every record has.
 * Slots and items carry an optional English name; units always have both.
 */
export function localName(lang: 'zh' | 'en', zh: string, en: string | null | undefined): string {
  return lang === 'en' && en?.trim() ? en : zh;
}
