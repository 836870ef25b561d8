import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { ROLE_LABELS } from '@portal/domain';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { selectSections, selectUser } from '../../core/session/session.reducer';
import { HOME_TEXT } from './home.text';

@Component({
  selector: 'app-home-page',
  imports: [MatCardModule, MatIconModule, RouterLink, TrPipe],
  template: `
    <div class="page">
      @if (user(); as u) {
        <div class="page-header">
          <h1>{{ text.greeting | tr: { name: u.displayName } }}</h1>
        </div>
        <p class="muted">{{ (u.roles.length ? text.intro : text.noRoles) | tr }}</p>
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
        @if (u.roles.length) {
          <h2>{{ text.yourRoles | tr }}</h2>
          <ul>
            @for (r of u.roles; track r.role + r.unitId) {
              <li>{{ roleLabels[r.role] | tr }} · {{ r.unitName }}</li>
            }
          </ul>
        }
      }
    </div>
  `,
  styles: `
    .tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(180px, 1fr)); gap: 12px; margin: 16px 0; }
    .tile { display: flex; gap: 12px; align-items: center; padding: 20px; border-radius: 12px; text-decoration: none;
      background: var(--mat-sys-surface); color: var(--mat-sys-on-surface); border: 1px solid var(--mat-sys-outline-variant); }
    .tile:hover, .tile:focus-visible { background: var(--mat-sys-secondary-container); }
    h2 { font: var(--mat-sys-title-medium); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  private readonly store = inject(Store);
  protected readonly text = HOME_TEXT;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly user = this.store.selectSignal(selectUser);
  protected readonly sections = this.store.selectSignal(selectSections);
}
