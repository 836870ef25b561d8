import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTooltipModule } from '@angular/material/tooltip';
import {
  ROLES,
  ROLE_LABELS,
  STEP_CONDITION_KINDS,
  STEP_ORIGINS,
  STEP_ORIGIN_LABELS,
  STEP_UNIT_SCOPES,
  STEP_UNIT_SCOPE_LABELS,
  parseYuan,
  type DocumentFact,
  type PolicyStep,
  type Role,
  type StepCondition,
  type StepOrigin,
  type StepUnitScope,
} from '@portal/domain';
import { I18n } from '../../core/i18n/i18n';
import { COMMON } from '../../core/i18n/text';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { toProblem } from '../../core/http/problem';
import { Notify } from '../../core/notify';
import type { Problem } from '../../core/session/session.model';
import { controlErrors } from '../../shared/field-errors';
import { isStaleVersion, showServerErrors } from '../../shared/server-errors';
import { conditionText } from './approval-labels';
import { ApprovalsApi, type Policy } from './approvals.api';
import { APPROVALS_TEXT, KNOWN_DOCUMENT_TYPES } from './approvals.text';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';

type ConditionKind = StepCondition['kind'];

/** The fact each condition reads: a type that does not state it cannot use that condition. */
const NEEDS: Record<ConditionKind, DocumentFact | null> = { always: null, amountAtLeast: 'amount', paidShareBelow: 'paidShare', overBudget: 'overBudget' };

function stepGroup(s?: PolicyStep) {
  return new FormGroup({
    role: new FormControl<Role | null>(s?.role ?? null, Validators.required),
    unit: new FormControl<StepUnitScope>(s?.unit ?? 'own', { nonNullable: true }),
    origin: new FormControl<StepOrigin>(s?.origin ?? 'any', { nonNullable: true }),
    condition: new FormControl<ConditionKind>(s?.condition.kind ?? 'always', { nonNullable: true }),
    amountYuan: new FormControl(s?.condition.kind === 'amountAtLeast' ? String(s.condition.amountFen / 100) : '', { nonNullable: true }),
    shareZhe: new FormControl(s?.condition.kind === 'paidShareBelow' ? String(s.condition.paidShareBp / 1000) : '', { nonNullable: true }),
  }, { validators: conditionValue });
}

type StepGroup = ReturnType<typeof stepGroup>;

/** The number a condition needs, checked here so the admin sees it before saving. */
function conditionValue(control: AbstractControl): ValidationErrors | null {
  const g = control as StepGroup;
  const kind = g.controls.condition.value;
  const amount = g.controls.amountYuan;
  const share = g.controls.shareZhe;
  const set = (c: FormControl<string>, error: string | null) => {
    const others = { ...(c.errors ?? {}) };
    delete others['invalid'];
    c.setErrors(error ? { ...others, invalid: error } : Object.keys(others).length ? others : null);
  };
  set(amount, kind === 'amountAtLeast' && parseYuan(amount.value) === null ? 'number' : null);
  const zhe = Number(share.value);
  set(share, kind === 'paidShareBelow' && (!share.value.trim() || !(zhe >= 0.1 && zhe <= 10)) ? 'share' : null);
  return null;
}

/** Server paths inside a condition belong to the field that holds its number. */
function toFormPath(path: string): string {
  return path.replace(/^(steps\.\d+)\.condition\.amountFen$/, '$1.amountYuan').replace(/^(steps\.\d+)\.condition\.paidShareBp$/, '$1.shareZhe');
}

/** One document type's ordered steps: read as sentences, or edited by the administrator. */
@Component({
  selector: 'app-policy-editor',
  imports: [AppDatePipe, ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule, MatTooltipModule, TrPipe],
  template: `
    <section class="card" [attr.data-policy]="policy().documentType" data-testid="policy-card">
      <header>
        <h2>{{ typeLabel() }} <span class="muted key">{{ policy().documentType }}</span></h2>
        @if (policy().updatedAt) {
          <span class="muted small">{{ text.updatedAt | tr: { at: (policy().updatedAt | appDate: 'dateTime') } }}</span>
        }
      </header>
      @if (!policy().registered) {
        <p class="note" data-testid="policy-not-registered"><mat-icon>info</mat-icon>{{ text.notRegistered | tr }}</p>
      }
      @if (problems().length) {
        <ul class="problems" role="alert" data-testid="policy-problems">
          @for (m of problems(); track $index) {
            <li>{{ m }}</li>
          }
        </ul>
      }

      @if (!editing()) {
        @if (policy().version === 0) {
          <p class="muted">{{ text.noPolicy | tr }}</p>
        }
        <ol class="read">
          @for (s of policy().steps; track $index; let i = $index) {
            <li data-testid="policy-step">
              <strong>{{ text.step | tr: { position: i + 1 } }}</strong>
              <span>{{ roleLabels[s.role] | tr }}</span>
              <span class="muted">· {{ text.unitScope | tr }} {{ scopeLabels[s.unit] | tr }}</span>
              <span class="muted">· {{ originLabels[s.origin] | tr }}</span>
              <span class="muted">· {{ condition(s.condition) }}</span>
            </li>
          } @empty {
            @if (policy().version > 0) {
              <li class="muted">{{ text.noSteps | tr }}</li>
            }
          }
        </ol>
      } @else {
        <form [formGroup]="form" (ngSubmit)="save()">
          <ol class="edit" formArrayName="steps">
            @for (g of steps.controls; track g; let i = $index, last = $last, first = $first) {
              <li [formGroupName]="i" data-testid="policy-step-edit">
                <span class="pos">{{ i + 1 }}</span>
                <mat-form-field appearance="outline" subscriptSizing="dynamic" class="role">
                  <mat-label>{{ text.role | tr }}</mat-label>
                  <mat-select formControlName="role" data-testid="step-role">
                    @for (r of roles; track r) {
                      <mat-option [value]="r">{{ roleLabels[r] | tr }}</mat-option>
                    }
                  </mat-select>
                  <mat-error>{{ error(g.controls.role) }}</mat-error>
                </mat-form-field>
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label>{{ text.unitScope | tr }}</mat-label>
                  <mat-select formControlName="unit" data-testid="step-unit">
                    @for (u of scopes; track u) {
                      <mat-option [value]="u">{{ scopeLabels[u] | tr }}</mat-option>
                    }
                  </mat-select>
                  <mat-error>{{ error(g.controls.unit) }}</mat-error>
                </mat-form-field>
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label>{{ text.origin | tr }}</mat-label>
                  <mat-select formControlName="origin" data-testid="step-origin">
                    @for (o of origins; track o) {
                      <mat-option [value]="o">{{ originLabels[o] | tr }}</mat-option>
                    }
                  </mat-select>
                  <mat-error>{{ error(g.controls.origin) }}</mat-error>
                </mat-form-field>
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label>{{ text.condition | tr }}</mat-label>
                  <mat-select formControlName="condition" data-testid="step-condition">
                    @for (k of kinds; track k) {
                      <mat-option [value]="k" [disabled]="!canTest(k)">{{ kindLabels[k] | tr }}</mat-option>
                    }
                  </mat-select>
                  <mat-error>{{ error(g.controls.condition) }}</mat-error>
                </mat-form-field>
                @if (g.controls.condition.value === 'amountAtLeast') {
                  <mat-form-field appearance="outline" subscriptSizing="dynamic" class="num">
                    <mat-label>{{ text.conditionAmount | tr }}</mat-label>
                    <input matInput formControlName="amountYuan" inputmode="decimal" data-testid="step-amount" />
                    <span matTextSuffix>{{ text.yuan | tr }}</span>
                    <mat-error>{{ error(g.controls.amountYuan) }}</mat-error>
                  </mat-form-field>
                }
                @if (g.controls.condition.value === 'paidShareBelow') {
                  <mat-form-field appearance="outline" subscriptSizing="dynamic" class="num">
                    <mat-label>{{ text.conditionShare | tr }}</mat-label>
                    <input matInput formControlName="shareZhe" inputmode="decimal" data-testid="step-share" />
                    <span matTextSuffix>折</span>
                    <mat-error>{{ error(g.controls.shareZhe) }}</mat-error>
                  </mat-form-field>
                }
                <span class="tools">
                  <button mat-icon-button type="button" [disabled]="first" (click)="move(i, -1)" [attr.aria-label]="text.moveUp | tr" [matTooltip]="text.moveUp | tr">
                    <mat-icon>arrow_upward</mat-icon>
                  </button>
                  <button mat-icon-button type="button" [disabled]="last" (click)="move(i, 1)" [attr.aria-label]="text.moveDown | tr" [matTooltip]="text.moveDown | tr">
                    <mat-icon>arrow_downward</mat-icon>
                  </button>
                  <button mat-icon-button type="button" (click)="removeStep(i)" [attr.aria-label]="text.removeStep | tr" [matTooltip]="text.removeStep | tr" data-testid="step-remove">
                    <mat-icon>delete</mat-icon>
                  </button>
                </span>
              </li>
            } @empty {
              <li class="muted">{{ text.noSteps | tr }}</li>
            }
          </ol>
          <div class="buttons">
            <button mat-stroked-button type="button" (click)="addStep()" data-testid="step-add"><mat-icon>add</mat-icon>{{ text.addStep | tr }}</button>
            <span class="spacer"></span>
            @if (form.dirty) {
              <button mat-button type="button" (click)="reset()">{{ text.undo | tr }}</button>
            }
            <button mat-flat-button type="submit" [disabled]="busy() || !form.dirty" data-testid="policy-save">{{ common.save | tr }}</button>
          </div>
        </form>
      }
    </section>
  `,
  styles: `
    .card { background: var(--mat-sys-surface); border-radius: 12px; border: 1px solid var(--mat-sys-outline-variant); padding: 16px 20px; margin-bottom: 16px; }
    header { display: flex; align-items: baseline; gap: 12px; flex-wrap: wrap; }
    h2 { font: var(--mat-sys-title-medium); margin: 0 0 8px; }
    .key { font: var(--mat-sys-body-small); font-family: ui-monospace, Menlo, Consolas, monospace; margin-inline-start: 6px; }
    .small { font-size: 12px; }
    .note { display: flex; align-items: center; gap: 6px; padding: 8px 12px; border-radius: 8px; background: var(--mat-sys-surface-container); color: var(--mat-sys-on-surface-variant); }
    .problems { color: var(--mat-sys-on-error-container); background: var(--mat-sys-error-container); border-radius: 8px; padding: 8px 12px 8px 28px; }
    ol { margin: 0; padding: 0; list-style: none; }
    .read li { padding: 6px 0; display: flex; gap: 6px; flex-wrap: wrap; }
    .edit li { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; padding: 8px 0; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .edit mat-form-field { width: 170px; }
    .edit .role { width: 230px; }
    .edit .num { width: 150px; }
    .pos { width: 24px; height: 24px; border-radius: 50%; text-align: center; line-height: 24px; font-size: 13px; background: var(--mat-sys-primary-container); color: var(--mat-sys-on-primary-container); }
    .tools { display: inline-flex; }
    .buttons { display: flex; gap: 8px; align-items: center; margin-top: 12px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PolicyEditor {
  private readonly api = inject(ApprovalsApi);
  private readonly notify = inject(Notify);
  private readonly i18n = inject(I18n);
  protected readonly text = APPROVALS_TEXT;
  protected readonly common = COMMON;
  protected readonly roles = ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly scopes = STEP_UNIT_SCOPES;
  protected readonly scopeLabels = STEP_UNIT_SCOPE_LABELS;
  protected readonly origins = STEP_ORIGINS;
  protected readonly originLabels = STEP_ORIGIN_LABELS;
  protected readonly kinds = STEP_CONDITION_KINDS;
  protected readonly kindLabels = { always: APPROVALS_TEXT.conditionAlways, amountAtLeast: APPROVALS_TEXT.conditionAmount, paidShareBelow: APPROVALS_TEXT.conditionShare, overBudget: APPROVALS_TEXT.conditionOverBudget };

  readonly policy = input.required<Policy>();
  /** The administrator's; internal audit only reads. */
  readonly canEdit = input(false);
  readonly saved = output<Policy>();
  /** Someone else saved first: the page reloads every policy. */
  readonly stale = output<void>();

  protected readonly editing = computed(() => this.canEdit() && this.policy().registered);
  protected readonly typeLabel = computed(() => {
    const p = this.policy();
    const label = p.label ?? KNOWN_DOCUMENT_TYPES[p.documentType];
    return label ? label[this.i18n.lang()] : p.documentType;
  });
  protected readonly busy = signal(false);
  protected readonly problems = signal<string[]>([]);
  protected readonly form = new FormGroup({ steps: new FormArray<StepGroup>([]) });
  protected get steps(): FormArray<StepGroup> {
    return this.form.controls.steps;
  }

  constructor() {
    effect(() => {
      const p = this.policy();
      untracked(() => this.fill(p));
    });
  }

  protected condition(c: StepCondition): string {
    return conditionText(this.i18n, c);
  }

  protected canTest(kind: ConditionKind): boolean {
    const fact = NEEDS[kind];
    return !fact || this.policy().facts.includes(fact);
  }

  protected readonly error = controlErrors({
    invalid: (kind: 'number' | 'share') => (kind === 'number' ? APPROVALS_TEXT.invalidNumber : APPROVALS_TEXT.shareRange),
  });

  protected addStep(): void {
    this.steps.push(stepGroup());
    this.form.markAsDirty();
  }

  protected removeStep(i: number): void {
    this.steps.removeAt(i);
    this.form.markAsDirty();
  }

  protected move(i: number, by: -1 | 1): void {
    const g = this.steps.at(i);
    this.steps.removeAt(i, { emitEvent: false });
    this.steps.insert(i + by, g);
    this.form.markAsDirty();
  }

  protected reset(): void {
    this.fill(this.policy());
  }

  protected save(): void {
    this.problems.set([]);
    this.steps.controls.forEach((g) => g.updateValueAndValidity());
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const steps: PolicyStep[] = this.steps.controls.map((g) => {
      const v = g.getRawValue();
      const condition: StepCondition =
        v.condition === 'amountAtLeast'
          ? { kind: 'amountAtLeast', amountFen: parseYuan(v.amountYuan)! }
          : v.condition === 'paidShareBelow'
            ? { kind: 'paidShareBelow', paidShareBp: Math.round(Number(v.shareZhe) * 1000) }
            : v.condition === 'overBudget'
              ? { kind: 'overBudget' }
              : { kind: 'always' };
      return { role: v.role!, unit: v.unit, origin: v.origin, condition };
    });
    this.busy.set(true);
    this.api.savePolicy(this.policy().documentType, { version: this.policy().version, steps }).subscribe({
      next: (p) => {
        this.busy.set(false);
        this.notify.ok(APPROVALS_TEXT.policySaved, { type: this.typeLabel() });
        this.saved.emit(p);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        const problem = toProblem(err);
        if (isStaleVersion(problem)) {
          this.notify.ok(APPROVALS_TEXT.policyStale);
          this.stale.emit();
          return;
        }
        this.showProblem(problem);
      },
    });
  }

  /** The server's policy problems under the fields they name, and every message in the card's list too. */
  private showProblem(problem: Problem): void {
    const mapped: Problem = { ...problem, errors: problem.errors?.map((e) => ({ ...e, path: toFormPath(e.path) })) };
    showServerErrors(this.form, mapped);
    const messages = (problem.errors ?? []).map((e) => {
      const m = /^steps\.(\d+)/.exec(e.path);
      return m ? `${this.i18n.t(APPROVALS_TEXT.step, { position: Number(m[1]) + 1 })}: ${e.message}` : e.message;
    });
    this.problems.set(messages.length ? messages : [problem.detail || this.i18n.t(COMMON.networkError)]);
  }

  private fill(p: Policy): void {
    this.steps.clear({ emitEvent: false });
    for (const s of p.steps) this.steps.push(stepGroup(s), { emitEvent: false });
    this.form.markAsPristine();
    this.problems.set([]);
  }
}
