import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import { Store } from '@ngrx/store';
import { sectionsFor } from '@portal/domain';
import { filter, map, take } from 'rxjs';
import { sessionFeature } from './session.reducer';

const settled = () =>
  inject(Store)
    .select(sessionFeature.selectSessionState)
    .pipe(
      filter((s) => s.status !== 'unknown' && s.status !== 'signingIn'),
      take(1),
    );

/** Signed-in users only; others go to the login page and come back afterwards. */
export const signedInGuard: CanActivateFn = (_route, state) => {
  const router = inject(Router);
  return settled().pipe(
    map((s) => (s.user ? true : router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } }))),
  );
};

/**
 * A section of the portal (domain/sections.ts) only for the roles that may use it.
 * This keeps the menu honest; the API enforces the same rule on every request.
 */
export function sectionGuard(key: string): CanActivateFn {
  return () => {
    const router = inject(Router);
    return settled().pipe(
      map((s) => {
        const roles = s.user?.roles.map((r) => r.role) ?? [];
        return sectionsFor(roles).some((x) => x.key === key) ? true : router.createUrlTree(['/home']);
      }),
    );
  };
}

export const signedOutGuard: CanActivateFn = () => {
  const router = inject(Router);
  return settled().pipe(map((s) => (s.user ? router.createUrlTree(['/home']) : true)));
};

/** Internal screens (approvals): a supplier contact goes to its own home page instead. */
export const internalGuard: CanActivateFn = () => {
  const router = inject(Router);
  return settled().pipe(map((s) => ((s.user?.supplierId ?? null) !== null ? router.createUrlTree(['/home']) : true)));
};
