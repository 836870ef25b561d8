import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, type AbstractControl, type ValidatorFn } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ROLE_LABELS, explainZhe, formatSharePercent, formatZhe } from '@portal/domain';
import { I18n } from '../../core/i18n/i18n';
import { COMMON } from '../../core/i18n/text';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { toProblem } from '../../core/http/problem';
import { Notify } from '../../core/notify';
import type { Problem } from '../../core/session/session.model';
import { controlErrors } from '../../shared/field-errors';
import { isStaleVersion, showServerErrors } from '../../shared/server-errors';
import { ApprovalsApi, DISCOUNT_AUTHORITY_ROLES, type DiscountAuthoritySettings } from './approvals.api';
import { APPROVALS_TEXT } from './approvals.text';

/** 折 as typed (4.5) ↔ paid share in basis points (4500). */
const toZhe = (bp: number) => String(bp / 1000);
const toBp = (zhe: string) => Math.round(Number(zhe) * 1000);

const zheValue: ValidatorFn = (c: AbstractControl) => {
  const v = String(c.value ?? '').trim();
  const n = Number(v);
  return v && n >= 0.1 && n <= 10 ? null : { share: true };
};

function zheControl() {
  return new FormControl('', { nonNullable: true, validators: zheValue });
}

/**
 * 广告折扣权限: the deepest discount each quoting role may give on its own, and the
 * floor nobody goes below (GET/PUT /api/ad-discount-authority, in basis points, shown as 折).
 */
@Component({
  selector: 'app-discount-authority-panel',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule, TrPipe],
  template: `
    <section class="card" data-testid="discount-authority">
      <p class="muted intro">{{ text.discountIntro | tr }}</p>
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" />
      }
      @if (loadProblem(); as p) {
        <div class="problem" role="alert" data-testid="discount-error">
          <mat-icon>error_outline</mat-icon>
          <span>{{ text.discountUnavailable | tr }}{{ p.detail ? '：' + p.detail : p.status ? ' (HTTP ' + p.status + ')' : '' }}</span>
          <button mat-button (click)="load()">{{ text.retry | tr }}</button>
        </div>
      }
      @if (current()) {
        <form [formGroup]="form" (ngSubmit)="save()">
          <h3>{{ text.authorityOf | tr }}</h3>
          <div class="grid" formGroupName="authority">
            @for (r of roles; track r) {
              <mat-form-field appearance="outline">
                <mat-label>{{ roleLabels[r] | tr }}</mat-label>
                <input matInput [formControlName]="r" inputmode="decimal" [attr.data-testid]="'authority-' + r" [readonly]="!canEdit()" />
                <span matTextSuffix>折</span>
                <mat-hint>{{ percent(form.controls.authority.controls[r].value) }}</mat-hint>
                <mat-error>{{ error(form.controls.authority.controls[r]) }}</mat-error>
              </mat-form-field>
            }
          </div>
          <h3>{{ text.floor | tr }}</h3>
          <mat-form-field appearance="outline" class="floor">
            <mat-label>{{ text.floor | tr }}</mat-label>
            <input matInput formControlName="floorBp" inputmode="decimal" data-testid="authority-floor" [readonly]="!canEdit()" />
            <span matTextSuffix>折</span>
            <mat-hint>{{ percent(form.controls.floorBp.value) }}</mat-hint>
            <mat-error>{{ error(form.controls.floorBp) }}</mat-error>
          </mat-form-field>
          @if (saveProblem(); as m) {
            <p class="problem" role="alert" data-testid="discount-save-error"><mat-icon>error_outline</mat-icon>{{ m }}</p>
          }
          @if (canEdit()) {
            <div class="buttons">
              @if (form.dirty) {
                <button mat-button type="button" (click)="fill(current()!)">{{ text.undo | tr }}</button>
              }
              <button mat-flat-button type="submit" [disabled]="busy() || !form.dirty" data-testid="discount-save">{{ common.save | tr }}</button>
            </div>
          }
        </form>
      }
    </section>
  `,
  styles: `
    .card { background: var(--mat-sys-surface); border-radius: 12px; border: 1px solid var(--mat-sys-outline-variant); padding: 16px 20px; }
    .intro { margin: 0 0 16px; max-width: 80ch; }
    .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); gap: 8px 16px; }
    .floor { width: 240px; }
    h3 { font: var(--mat-sys-title-small); margin: 8px 0 12px; }
    .problem { display: flex; align-items: center; gap: 8px; padding: 8px 12px; border-radius: 8px; background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
    .buttons { display: flex; justify-content: flex-end; gap: 8px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DiscountAuthorityPanel {
  private readonly api = inject(ApprovalsApi);
  private readonly notify = inject(Notify);
  private readonly i18n = inject(I18n);
  protected readonly text = APPROVALS_TEXT;
  protected readonly common = COMMON;
  protected readonly roles = DISCOUNT_AUTHORITY_ROLES;
  protected readonly roleLabels = ROLE_LABELS;

  readonly canEdit = input(false);

  protected readonly loading = signal(false);
  protected readonly busy = signal(false);
  protected readonly current = signal<DiscountAuthoritySettings | null>(null);
  protected readonly loadProblem = signal<Problem | null>(null);
  protected readonly saveProblem = signal<string | null>(null);
  protected readonly form = new FormGroup({
    floorBp: zheControl(),
    authority: new FormGroup({
      ecommerce_staff: zheControl(),
      branch_ecommerce_clerk: zheControl(),
      branch_gm: zheControl(),
      hq_center_gm: zheControl(),
    }),
  });

  constructor() {
    this.load();
  }

  protected percent(zhe: string): string {
    const bp = toBp(zhe);
    if (!(Number.isFinite(bp) && bp > 0 && bp <= 10000)) return '';
    return this.i18n.lang() === 'zh' ? `${formatZhe(bp)} = ${formatSharePercent(bp)}` : explainZhe(bp, 'en');
  }

  protected readonly error = controlErrors({ share: APPROVALS_TEXT.shareRange });

  load(): void {
    this.loading.set(true);
    this.loadProblem.set(null);
    this.api.discountAuthority().subscribe({
      next: (a) => {
        this.loading.set(false);
        this.fill(a);
      },
      error: (err: unknown) => {
        this.loading.set(false);
        this.loadProblem.set(toProblem(err));
      },
    });
  }

  protected fill(a: DiscountAuthoritySettings): void {
    this.current.set(a);
    this.saveProblem.set(null);
    this.form.setValue({
      floorBp: toZhe(a.floorBp),
      authority: {
        ecommerce_staff: toZhe(a.authority.ecommerce_staff),
        branch_ecommerce_clerk: toZhe(a.authority.branch_ecommerce_clerk),
        branch_gm: toZhe(a.authority.branch_gm),
        hq_center_gm: toZhe(a.authority.hq_center_gm),
      },
    });
    this.form.markAsPristine();
  }

  protected save(): void {
    const current = this.current();
    if (!current || !this.canEdit()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const body: DiscountAuthoritySettings = {
      version: current.version,
      floorBp: toBp(v.floorBp),
      authority: {
        ecommerce_staff: toBp(v.authority.ecommerce_staff),
        branch_ecommerce_clerk: toBp(v.authority.branch_ecommerce_clerk),
        branch_gm: toBp(v.authority.branch_gm),
        hq_center_gm: toBp(v.authority.hq_center_gm),
      },
    };
    this.busy.set(true);
    this.saveProblem.set(null);
    this.api.saveDiscountAuthority(body).subscribe({
      next: (a) => {
        this.busy.set(false);
        this.fill(a);
        this.notify.ok(APPROVALS_TEXT.discountSaved);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        const p = toProblem(err);
        if (isStaleVersion(p)) {
          this.notify.ok(APPROVALS_TEXT.discountStale);
          this.load();
          return;
        }
        if (!showServerErrors(this.form, p)) this.saveProblem.set(p.detail || this.i18n.t(COMMON.networkError));
      },
    });
  }
}
