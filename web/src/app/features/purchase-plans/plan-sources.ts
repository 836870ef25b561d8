import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import type { PlanChoice } from '@portal/domain';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import type { Text } from '../../core/i18n/text';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { FenPipe } from '../../shared/money.pipe';
import { PlanChip } from './plan-status';
import type { PlanSource } from './purchase-plans.api';
import { PURCHASE_PLANS_TEXT } from './purchase-plans.text';

/** A decision on a request line, as the page carries it out (cut and defer ask for a reason first). */
export interface SourceChoice {
  source: PlanSource;
  choice: PlanChoice;
}

/**
 * Departments' request lines and what the plan does with each: included, cut or deferred
 * (with the reason the requester reads), or waiting (a late line). The clerk decides here,
 * and maps a line written as a new item to a catalogue item. The page shows the late and
 * the unmapped lines apart, each list in this component.
 */
@Component({
  selector: 'app-plan-sources',
  imports: [AppDatePipe, MatButtonModule, MatIconModule, TrPipe, FenPipe, PlanChip],
  templateUrl: './plan-sources.html',
  styleUrl: './plan-sources.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlanSources {
  readonly sources = input.required<readonly PlanSource[]>();
  readonly heading = input.required<Text>();
  readonly hint = input<Text | null>(null);
  /** The clerk may decide (a stored plan that is not with leadership). */
  readonly editable = input(false);
  readonly testId = input('plan-sources');
  readonly decide = output<SourceChoice>();
  readonly mapItem = output<PlanSource>();

  protected readonly text = PURCHASE_PLANS_TEXT;

  /** The choices that change something: a line already cut is not cut again. */
  protected choices(s: PlanSource): PlanChoice[] {
    const all: PlanChoice[] = ['include', 'defer', 'cut'];
    const now = { included: 'include', deferred: 'defer', cut: 'cut', pending: null }[s.decision];
    return all.filter((c) => c !== now);
  }

  protected readonly choiceText: Record<PlanChoice, Text> = { include: this.text.include, defer: this.text.defer, cut: this.text.cut };
}
