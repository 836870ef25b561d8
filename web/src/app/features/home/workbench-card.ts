import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { catchError, map, of, switchMap, tap } from 'rxjs';
import { I18n } from '../../core/i18n/i18n';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { HOME_TEXT } from './home.text';
import { WorkbenchApi, type WorkbenchCard } from './workbench.api';
import { WorkbenchChart } from './workbench-chart';

type Loaded = { ok: true; card: WorkbenchCard } | { ok: false };

/**
 * One card of the workbench. It loads itself, so a slow or failing card holds up
 * nothing else: it shows a skeleton until its answer comes, and on failure its own
 * message and a retry. Its words come from the API, so it reloads when the language changes.
 */
@Component({
  selector: 'app-workbench-card',
  imports: [MatCardModule, MatButtonModule, MatIconModule, MatProgressBarModule, RouterLink, TrPipe, WorkbenchChart],
  host: { '[class.wide]': 'card()?.chart', '[attr.data-card]': 'cardId()', '[attr.aria-busy]': "state() === 'loading'" },
  template: `
    <mat-card appearance="outlined" class="card">
      @switch (state()) {
        @case ('loading') {
          <div class="skeleton" data-testid="card-skeleton">
            <div class="bone title"></div>
            <div class="bone count"></div>
            <div class="bone hint"></div>
          </div>
        }
        @case ('failed') {
          <div class="failed" role="alert">
            <mat-icon>error_outline</mat-icon>
            <span>{{ text.cardFailed | tr }}</span>
            <button mat-stroked-button type="button" (click)="retry()" data-testid="card-retry">{{ text.retry | tr }}</button>
          </div>
        }
        @case ('ready') {
          @if (card(); as c) {
            @if (c.chart) {
              <h3 class="title">
                @if (c.link) {
                  <a [routerLink]="c.link.path" [queryParams]="c.link.query">{{ c.title }}</a>
                } @else {
                  {{ c.title }}
                }
              </h3>
              <app-workbench-chart [data]="c.chart" [label]="c.title" />
              <p class="hint">{{ c.hint }}</p>
            } @else {
              <a class="todo" [routerLink]="c.link?.path ?? '/home'" [queryParams]="c.link?.query ?? {}" [class.done]="c.count === 0 && c.total === null">
                <span class="title">{{ c.title }}</span>
                @if (c.count !== null) {
                  <span class="count" data-testid="card-count">{{ c.count }}</span>
                  @if (c.total !== null) {
                    <span class="of">{{ text.ofTotal | tr: { total: c.total } }}</span>
                  }
                } @else {
                  <mat-icon class="attention">notification_important</mat-icon>
                }
              </a>
              @if (c.total) {
                <mat-progress-bar mode="determinate" [value]="(100 * (c.count ?? 0)) / c.total" [attr.aria-label]="c.title" />
              }
              <p class="hint">{{ c.hint }}</p>
            }
          }
        }
      }
    </mat-card>
  `,
  styles: `
    :host { display: block; min-width: 0; }
    :host(.wide) { grid-column: span 2; }
    @media (max-width: 600px) { :host(.wide) { grid-column: auto; } }
    .card { height: 100%; padding: 16px; box-sizing: border-box; }
    .title { font: var(--mat-sys-title-small); margin: 0 0 8px; color: var(--mat-sys-on-surface); }
    h3.title a { color: inherit; }
    .todo { display: flex; flex-wrap: wrap; align-items: baseline; column-gap: 8px; text-decoration: none; color: inherit; }
    .todo .title { flex: 1 0 100%; }
    .todo:hover .title, .todo:focus-visible .title { text-decoration: underline; }
    .count { font: var(--mat-sys-display-small); color: var(--mat-sys-primary); }
    .todo.done .count { color: var(--mat-sys-on-surface-variant); }
    .of { color: var(--mat-sys-on-surface-variant); }
    .attention { color: var(--mat-sys-error); }
    mat-progress-bar { margin-top: 8px; }
    .hint { margin: 8px 0 0; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .failed { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; color: var(--mat-sys-error); }
    .skeleton .bone { border-radius: 4px; background: var(--mat-sys-surface-container-high); animation: pulse 1.2s ease-in-out infinite; }
    .bone.title { height: 14px; width: 60%; }
    .bone.count { height: 36px; width: 30%; margin: 12px 0; }
    .bone.hint { height: 10px; width: 80%; }
    @keyframes pulse { 50% { opacity: 0.5; } }
    @media (prefers-reduced-motion: reduce) { .skeleton .bone { animation: none; } }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WorkbenchCardView {
  readonly cardId = input.required<string>();
  private readonly api = inject(WorkbenchApi);
  private readonly i18n = inject(I18n);
  protected readonly text = HOME_TEXT;
  private readonly attempt = signal(0);
  protected readonly state = signal<'loading' | 'failed' | 'ready'>('loading');
  protected readonly card = signal<WorkbenchCard | null>(null);

  constructor() {
    const request = computed(() => ({ id: this.cardId(), lang: this.i18n.lang(), attempt: this.attempt() }));
    toObservable(request)
      .pipe(
        // On a language switch the old card stays until the new words arrive; only a first load or a retry shows the skeleton.
        tap(() => this.card() === null && this.state.set('loading')),
        switchMap((r) =>
          this.api.card(r.id).pipe(
            map((card): Loaded => ({ ok: true, card })),
            catchError(() => of<Loaded>({ ok: false })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((loaded) => {
        if (loaded.ok) {
          this.card.set(loaded.card);
          this.state.set('ready');
        } else {
          this.card.set(null);
          this.state.set('failed');
        }
      });
  }

  protected retry(): void {
    this.state.set('loading');
    this.attempt.update((n) => n + 1);
  }
}
