import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import { addDays, formatZhe, type BranchCopyKind } from '@portal/domain';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { I18n } from '../../core/i18n/i18n';
import { COMMON } from '../../core/i18n/text';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { Notify } from '../../core/notify';
import { LocalNamePipe } from '../../shared/local-name.pipe';
import { FenPipe } from '../../shared/money.pipe';
import { recordPage } from '../../shared/record-page';
import { AdAgreementsApi, type AgreementDocument } from './ad-agreements.api';
import { AD_AGREEMENTS_TEXT, DOCUMENT_LABELS, METHOD_LABELS } from './ad-agreements.text';
import { AgreementStatusChip } from './agreement-status';
import { TerminateDialog } from './terminate-dialog';

/**
 * One agreement: its terms as signed, the flights and the collection schedule, where it
 * stands (timeline), and what this user may do now as the API says: edit the draft, sign
 * it with the scan, terminate it early, send the branch's copies or mark them received.
 */
@Component({
  selector: 'app-agreement-detail',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, MatTooltipModule, TrPipe, FenPipe, AppDatePipe, LocalNamePipe, AgreementStatusChip],
  templateUrl: './agreement-detail.html',
  styleUrl: './agreement-detail.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgreementDetail {
  readonly id = input.required<string>();

  private readonly api = inject(AdAgreementsApi);
  private readonly dialog = inject(MatDialog);
  private readonly notify = inject(Notify);
  private readonly i18n = inject(I18n);
  protected readonly text = AD_AGREEMENTS_TEXT;
  protected readonly common = COMMON;
  protected readonly methodLabels = METHOD_LABELS;
  protected readonly documentLabels = DOCUMENT_LABELS;

  private readonly page = recordPage({ id: this.id, get: (id) => this.api.get(id), back: '/ad-agreements', stale: AD_AGREEMENTS_TEXT.stale });
  protected readonly agreement = this.page.record;
  protected readonly busy = this.page.busy;

  protected readonly can = computed(() => new Set(this.agreement()?.actions ?? []));
  protected readonly snapshotLine = computed(() => {
    const a = this.agreement();
    if (!a) return '';
    const revisions = [...new Set(a.quoteSnapshot.lines.map((l) => l.cardRevision))].join('/');
    return this.i18n.t(AD_AGREEMENTS_TEXT.snapshot, { revision: revisions, zhe: formatZhe(a.quoteSnapshot.paidShareBp) });
  });

  private picked(event: Event): File | null {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0] ?? null;
    input.value = '';
    return file;
  }

  protected sign(event: Event): void {
    const a = this.agreement();
    const file = this.picked(event);
    if (!a || !file) return;
    this.page.run(this.api.sign(a.id, a.version, file), () => this.notify.ok(AD_AGREEMENTS_TEXT.signedDone, { number: a.number }));
  }

  protected attach(kind: BranchCopyKind, event: Event): void {
    const a = this.agreement();
    const file = this.picked(event);
    if (!a || !file) return;
    this.page.run(this.api.attach(a.id, kind, file), () => this.notify.ok(AD_AGREEMENTS_TEXT.attached, { kind: this.i18n.t(DOCUMENT_LABELS[kind]) }));
  }

  protected receive(kind: BranchCopyKind): void {
    const a = this.agreement();
    if (!a) return;
    this.page.run(this.api.receive(a.id, kind), () => this.notify.ok(AD_AGREEMENTS_TEXT.receivedDone, { kind: this.i18n.t(DOCUMENT_LABELS[kind]) }));
  }

  protected terminate(): void {
    const a = this.agreement();
    if (!a) return;
    TerminateDialog.open(this.dialog, { number: a.number, startsOn: addDays(a.startsOn, -1), endsOn: addDays(a.endsOn, -1) }).subscribe((t) => {
      if (!t) return;
      this.page.run(this.api.terminate(a.id, a.version, t.endsOn, t.reason), () => this.notify.ok(AD_AGREEMENTS_TEXT.terminatedDone, { number: a.number }));
    });
  }

  protected isCopy(d: AgreementDocument): d is AgreementDocument & { kind: BranchCopyKind } {
    return d.kind !== 'signed_copy';
  }
}
