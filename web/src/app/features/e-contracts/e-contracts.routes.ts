import type { Routes } from '@angular/router';
import { sectionGuard } from '../../core/session/session.guards';

/** 电子合同: the list, 合同验真 (verify by upload), one contract. */
export const E_CONTRACTS_ROUTES: Routes = [
  { path: '', canActivate: [sectionGuard('e-contracts')], loadComponent: () => import('./e-contracts-page').then((m) => m.EContractsPage) },
  { path: 'verify', canActivate: [sectionGuard('e-contract-verify')], loadComponent: () => import('./e-contract-verify').then((m) => m.EContractVerifyPage) },
  { path: ':id', canActivate: [sectionGuard('e-contracts')], loadComponent: () => import('./e-contract-detail').then((m) => m.EContractDetailPage) },
];
