import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { ROLE_LABELS } from '@portal/domain';
import { catchError, map, of, switchMap, tap } from 'rxjs';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { selectSections, selectUser } from '../../core/session/session.reducer';
import { LocalNamePipe } from '../../shared/local-name.pipe';
import { HOME_TEXT } from './home.text';
import { WorkbenchApi } from './workbench.api';
import { WorkbenchCardView } from './workbench-card';

/**
 * 工作台: what needs this user today. The page asks which cards the user gets and
 * leaves each card to load itself; it knows none of them by name (each API module
 * declares its own, api/src/modules/<name>/<name>.workbench.ts).
 */
@Component({
  selector: 'app-home-page',
  imports: [MatButtonModule, MatIconModule, RouterLink, TrPipe, LocalNamePipe, WorkbenchCardView],
  template: `
    <div class="page">
      @if (user(); as u) {
        <div class="page-header">
          <h1>{{ text.greeting | tr: { name: u.displayName } }}</h1>
        </div>
        <p class="muted">{{ (u.roles.length ? text.intro : text.noRoles) | tr }}</p>

        <h2>{{ text.todo | tr }}</h2>
        @switch (state()) {
          @case ('loading') {
            <div class="cards" aria-busy="true">
              @for (i of [1, 2, 3]; track i) {
                <div class="placeholder" data-testid="card-skeleton"></div>
              }
            </div>
          }
          @case ('failed') {
            <p class="failed" role="alert">
              {{ text.cardsFailed | tr }}
              <button mat-stroked-button type="button" (click)="retry()" data-testid="cards-retry">{{ text.retry | tr }}</button>
            </p>
          }
          @default {
            @if (cardIds().length) {
              <div class="cards" data-testid="workbench">
                @for (id of cardIds(); track id) {
                  <app-workbench-card [cardId]="id" />
                }
              </div>
            } @else {
              <p class="muted">{{ text.nothingToDo | tr }}</p>
            }
          }
        }

        <h2>{{ text.shortcuts | tr }}</h2>
        <div class="tiles">
          @for (s of sections(); track s.key) {
            @if (s.key !== 'home') {
              <a class="tile" [routerLink]="s.path" [attr.data-tile]="s.key">
                <mat-icon>{{ s.icon }}</mat-icon>
                <span>{{ s.label | tr }}</span>
              </a>
            }
          }
        </div>
        <!-- A supplier contact's one role sits on the unit that invited it: not its own, so not shown. -->
        @if (u.roles.length && (u.supplierId ?? null) === null) {
          <h2>{{ text.yourRoles | tr }}</h2>
          <ul>
            @for (r of u.roles; track r.role + r.unitId) {
              <li data-testid="home-role">{{ roleLabels[r.role] | tr }} · {{ r.unitName | localName: r.unitNameEn }}</li>
            }
          </ul>
        }
      }
    </div>
  `,
  styles: `
    .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(230px, 1fr)); align-items: start; gap: 12px; margin: 8px 0 24px; }
    @media (max-width: 600px) { .cards { grid-template-columns: 1fr; } }
    .placeholder { height: 120px; border-radius: 12px; background: var(--mat-sys-surface-container-high); }
    .failed { display: flex; flex-wrap: wrap; align-items: center; gap: 12px; color: var(--mat-sys-error); }
    .tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(180px, 1fr)); gap: 12px; margin: 8px 0 16px; }
    .tile { display: flex; gap: 12px; align-items: center; padding: 14px 16px; border-radius: 12px; text-decoration: none;
      background: var(--mat-sys-surface); color: var(--mat-sys-on-surface); border: 1px solid var(--mat-sys-outline-variant); }
    .tile:hover, .tile:focus-visible { background: var(--mat-sys-secondary-container); }
    h2 { font: var(--mat-sys-title-medium); margin: 16px 0 8px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  private readonly store = inject(Store);
  private readonly api = inject(WorkbenchApi);
  protected readonly text = HOME_TEXT;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly user = this.store.selectSignal(selectUser);
  protected readonly sections = this.store.selectSignal(selectSections);
  protected readonly cardIds = signal<string[]>([]);
  protected readonly state = signal<'loading' | 'failed' | 'ready'>('loading');
  private readonly attempt = signal(0);

  constructor() {
    toObservable(this.attempt)
      .pipe(
        tap(() => this.state.set('loading')),
        switchMap(() =>
          this.api.cardIds().pipe(
            map((ids): string[] | null => ids),
            catchError(() => of(null)),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((ids) => {
        if (ids) this.cardIds.set(ids);
        this.state.set(ids ? 'ready' : 'failed');
      });
  }

  protected retry(): void {
    this.attempt.update((n) => n + 1);
  }
}
