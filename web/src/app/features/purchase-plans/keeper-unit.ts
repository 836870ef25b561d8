import { computed, inject, signal, type Signal } from '@angular/core';
import { Store } from '@ngrx/store';
import { BUYING_UNITS, PLAN_KEEPER_ROLES, type BuyingUnit } from '@portal/domain';
import { selectUser } from '../../core/session/session.reducer';
import { UnitsApi, type Unit } from '../admin/units/units.api';

/**
 * The buying unit whose plans the signed-in clerk keeps (办公室 or 供应处), or null for a
 * reader (leadership, finance, audit): the screens start on it and offer its actions. Only
 * a convenience; the API decides who may change what. Call it in an injection context.
 */
export function keeperUnit(): Signal<BuyingUnit | null> {
  const user = inject(Store).selectSignal(selectUser);
  const units = signal<Unit[]>([]);
  inject(UnitsApi)
    .list()
    .subscribe({ next: (u) => units.set(u), error: () => units.set([]) });
  return computed(() => {
    const code = new Map(units().map((u) => [u.id, u.code]));
    const kept = (user()?.roles ?? []).filter((g) => PLAN_KEEPER_ROLES.includes(g.role)).map((g) => code.get(g.unitId));
    return BUYING_UNITS.find((b) => kept.includes(b)) ?? null;
  });
}
