import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { NEGOTIATION_TERM_LABELS } from '@portal/domain';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { toProblem } from '../../core/http/problem';
import { Notify } from '../../core/notify';
import { showServerErrors } from '../../shared/server-errors';
import { NegotiationsApi } from './negotiations.api';
import { NEGOTIATION_TEXT } from './negotiations.text';

/**
 * Opens a sheet from an inquiry's comparison (?inquiry&supplier[&lines=1,2]): the first
 * version carries the supplier's quoted prices; the buyer states the terms to start from.
 */
@Component({
  selector: 'app-negotiation-new',
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, TrPipe],
  template: `
    <div class="page">
      <div class="page-header">
        <a mat-icon-button routerLink="/negotiations" [attr.aria-label]="text.backToList | tr"><mat-icon>arrow_back</mat-icon></a>
        <h1>{{ text.newTitle | tr }}</h1>
      </div>
      <section class="card">
        <p class="muted">{{ text.newHint | tr }}</p>
        <form [formGroup]="form" (ngSubmit)="open()">
          <div class="grid">
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ text.inquiryId | tr }} ID</mat-label>
              <input matInput type="number" formControlName="inquiryId" data-testid="new-inquiry" />
            </mat-form-field>
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ text.supplier | tr }} ID</mat-label>
              <input matInput type="number" formControlName="supplierId" data-testid="new-supplier" />
            </mat-form-field>
            <mat-form-field class="wide" subscriptSizing="dynamic">
              <mat-label>{{ labels.qualityRequirements | tr }}</mat-label>
              <textarea matInput rows="2" formControlName="qualityRequirements" data-testid="new-quality"></textarea>
            </mat-form-field>
            <mat-form-field class="wide" subscriptSizing="dynamic">
              <mat-label>{{ labels.inspectionMethod | tr }}</mat-label>
              <textarea matInput rows="2" formControlName="inspectionMethod" data-testid="new-inspection"></textarea>
            </mat-form-field>
            <mat-form-field class="wide" subscriptSizing="dynamic">
              <mat-label>{{ labels.paymentMethod | tr }}</mat-label>
              <input matInput formControlName="paymentMethod" data-testid="new-payment" />
            </mat-form-field>
          </div>
          <div class="actions">
            <button mat-flat-button type="submit" [disabled]="busy()" data-testid="new-open"><mat-icon>forum</mat-icon>{{ text.open | tr }}</button>
          </div>
        </form>
      </section>
    </div>
  `,
  styleUrl: './b2b-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NegotiationNew {
  private readonly api = inject(NegotiationsApi);
  private readonly notify = inject(Notify);
  private readonly router = inject(Router);
  private readonly query = inject(ActivatedRoute).snapshot.queryParamMap;
  protected readonly text = NEGOTIATION_TEXT;
  protected readonly labels = NEGOTIATION_TERM_LABELS;
  protected readonly busy = signal(false);
  private readonly key = crypto.randomUUID();
  protected readonly form = inject(FormBuilder).nonNullable.group({
    // The comparison page (inquiries) links here with ?inquiry&supplier&lines.
    inquiryId: [Number(this.query.get('inquiryId') ?? this.query.get('inquiry')) || 0, [Validators.required, Validators.min(1)]],
    supplierId: [Number(this.query.get('supplierId') ?? this.query.get('supplier')) || 0, [Validators.required, Validators.min(1)]],
    qualityRequirements: ['', Validators.maxLength(1000)],
    inspectionMethod: ['', Validators.maxLength(1000)],
    paymentMethod: ['', Validators.maxLength(500)],
  });
  private readonly lines = (this.query.get('lines') ?? '').split(',').map(Number).filter((n) => n > 0);

  protected open(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.busy.set(true);
    const body = { ...this.form.getRawValue(), ...(this.lines.length ? { inquiryLineIds: this.lines } : {}) };
    this.api.open(body, this.key).subscribe({
      next: (d) => {
        this.busy.set(false);
        this.notify.ok(this.text.opened, { number: d.number });
        void this.router.navigate(['/negotiations', d.id]);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        if (!showServerErrors(this.form, toProblem(err))) this.notify.error(err);
      },
    });
  }
}
