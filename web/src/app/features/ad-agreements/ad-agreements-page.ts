import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { AD_AGREEMENT_DRAFTER_ROLES, AD_AGREEMENT_READER_ROLES, AD_AGREEMENT_STATUSES, type AdAgreementStatus } from '@portal/domain';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { COMMON } from '../../core/i18n/text';
import { selectHoldsAny } from '../../core/session/holds-role';
import { LIST_PAGE_IMPORTS } from '../../shared/list-frame/list-page';
import { filterOptions } from '../../shared/list-frame/select-filter';
import { FenPipe } from '../../shared/money.pipe';
import { owningUnitFilter } from '../../shared/owning-units';
import { serverList } from '../../shared/server-list';
import { AdAgreementsApi, type AgreementSummary } from './ad-agreements.api';
import { AD_AGREEMENTS_TEXT, AGREEMENT_STATUS_LABELS } from './ad-agreements.text';
import { AgreementStatusChip } from './agreement-status';

interface Filter {
  q: string;
  status: AdAgreementStatus | null;
  unitId: number | null;
}

/** Agreements the user may see (the API narrows a branch to its own), filtered, sorted and paged by the server. */
@Component({
  selector: 'app-ad-agreements-page',
  imports: [LIST_PAGE_IMPORTS, RouterLink, AppDatePipe, FenPipe, AgreementStatusChip],
  templateUrl: './ad-agreements-page.html',
  styleUrl: './ad-agreements.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdAgreementsPage {
  private readonly api = inject(AdAgreementsApi);
  protected readonly text = AD_AGREEMENTS_TEXT;
  protected readonly common = COMMON;
  protected readonly statusOptions = filterOptions(AD_AGREEMENT_STATUSES, AGREEMENT_STATUS_LABELS);
  protected readonly columns = ['number', 'customer', 'unit', 'status', 'amountFen', 'startsOn', 'quote'];
  protected readonly canDraft = inject(Store).selectSignal(selectHoldsAny(AD_AGREEMENT_DRAFTER_ROLES));

  // The workbench's "to sign" card links here with ?status=draft.
  private readonly linkedStatus = inject(ActivatedRoute).snapshot.queryParamMap.get('status');
  protected readonly filters = inject(FormBuilder).nonNullable.group<Filter>({
    q: '',
    status: AD_AGREEMENT_STATUSES.find((s) => s === this.linkedStatus) ?? null,
    unitId: null,
  });
  protected readonly list = serverList<AgreementSummary, Filter>({
    filters: this.filters,
    sort: { active: 'updatedAt', direction: 'desc' },
    pageSize: 20,
    load: (f, paging) => this.api.list({ ...f, ...paging }),
  });

  /** HQ and the branches, offered to head-office readers only: a branch sees its own agreements anyway. */
  protected readonly unitOptions = owningUnitFilter(AD_AGREEMENT_READER_ROLES).options;

  protected readonly trackById = (_: number, a: AgreementSummary) => a.id;
}
