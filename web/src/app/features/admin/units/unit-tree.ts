import { type Signal, computed, inject } from '@angular/core';
import { UNIT_KINDS, canNest, type UnitKind } from '@portal/domain';
import { I18n } from '../../../core/i18n/i18n';
import type { Lang } from '../../../core/i18n/text';
import type { Unit } from './units.api';

/** A unit at its place in the tree: how deep, and which units it sits under. */
export interface UnitNode {
  unit: Unit;
  depth: number;
  /** Ids from the root down to the parent. */
  ancestors: number[];
  childCount: number;
}

/**
 * The flat list from the API in tree order (each unit followed by its sub-units),
 * keeping the server's order among siblings. A unit whose parent is missing is
 * shown as a root rather than dropped, so nothing silently disappears.
 */
export function flattenUnits(units: readonly Unit[]): UnitNode[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<number | null, Unit[]>();
  for (const u of units) {
    const parent = u.parentId !== null && ids.has(u.parentId) ? u.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  const out: UnitNode[] = [];
  const seen = new Set<number>();
  const walk = (parent: number | null, depth: number, ancestors: number[]) => {
    for (const unit of children.get(parent) ?? []) {
      if (seen.has(unit.id)) continue;
      seen.add(unit.id);
      out.push({ unit, depth, ancestors, childCount: children.get(unit.id)?.length ?? 0 });
      walk(unit.id, depth + 1, [...ancestors, unit.id]);
    }
  };
  walk(null, 0, []);
  return out;
}

/** A unit's name in the reader's language (English falls back to Chinese if empty). */
export function unitName(unit: Pick<Unit, 'nameZh' | 'nameEn'>, lang: Lang): string {
  return lang === 'en' ? unit.nameEn || unit.nameZh : unit.nameZh;
}

/** The kinds of unit that may be added directly under a unit of this kind (domain/units.ts). */
export function kindsUnder(parent: UnitKind): UnitKind[] {
  return UNIT_KINDS.filter((k) => canNest(k, parent));
}

/** A unit as a choice in a picker: indented by depth, named in the reader's language. */
export interface UnitOption {
  id: number;
  label: string;
  depth: number;
}

/**
 * Units a user can be placed in or granted a role in: the active ones, in tree
 * order (the server refuses inactive units). `keep` stays listed even if
 * inactive, so an existing choice still shows its name.
 */
export function unitOptions(units: readonly Unit[], lang: Lang, keep?: number | null): UnitOption[] {
  return flattenUnits(units)
    .filter((n) => n.unit.active || n.unit.id === keep)
    .map((n) => ({ id: n.unit.id, label: unitName(n.unit, lang), depth: n.depth }));
}

/** unitOptions in the reader's language, following the language switch. Create it in an injection context (a dialog's field). */
export function localUnitOptions(units: readonly Unit[], keep?: number | null): Signal<UnitOption[]> {
  const i18n = inject(I18n);
  return computed(() => unitOptions(units, i18n.lang(), keep));
}
