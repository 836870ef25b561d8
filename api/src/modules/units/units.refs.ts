import type { Lang } from '../../http/lang';

/** A row's unit as repos read it with units.reads.repo's UNIT_COLUMNS. */
export interface UnitColumns<C extends string = string> {
  unit_id: number;
  unit_code: C;
  unit_name_zh: string;
  unit_name_en: string;
}

/** The unit a record belongs to, as the contracts show it: id, code, and its name in the reader's language. */
export const unitRef = <C extends string>(r: UnitColumns<C>, lang: Lang) => ({
  id: r.unit_id,
  code: r.unit_code,
  name: lang === 'zh' ? r.unit_name_zh : r.unit_name_en,
});
