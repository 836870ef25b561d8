import { BreakpointObserver, Breakpoints } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatMenuModule } from '@angular/material/menu';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { NavigationEnd, Router, RouterLink, RouterOutlet } from '@angular/router';
import { Store } from '@ngrx/store';
import { ROLE_LABELS, localName } from '@portal/domain';
import type { MySupplierContact } from '@portal/domain/contracts';
import { catchError, filter, map, of, switchMap } from 'rxjs';
import { LocalNamePipe } from '../../shared/local-name.pipe';
import { InboxBadge } from '../../features/notifications/inbox-badge';
import { NotificationsBell } from '../../features/notifications/notifications-bell';
import { I18n } from '../i18n/i18n';
import { COMMON } from '../i18n/text';
import { TrPipe } from '../i18n/tr.pipe';
import { ShellActions } from '../session/session.actions';
import { selectSections, selectUser } from '../session/session.reducer';
import { SHELL_TEXT } from './shell.text';

/** The frame around every signed-in page: toolbar (user, unit, language) and the role-filtered menu. */
@Component({
  selector: 'app-shell',
  imports: [
    RouterOutlet,
    RouterLink,
    MatToolbarModule,
    MatSidenavModule,
    MatListModule,
    MatIconModule,
    MatButtonModule,
    MatMenuModule,
    MatDividerModule,
    MatTooltipModule,
    TrPipe,
    LocalNamePipe,
    InboxBadge,
    NotificationsBell,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  private readonly store = inject(Store);
  private readonly http = inject(HttpClient);
  protected readonly i18n = inject(I18n);
  protected readonly common = COMMON;
  protected readonly text = SHELL_TEXT;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly user = this.store.selectSignal(selectUser);
  protected readonly sections = this.store.selectSignal(selectSections);
  protected readonly handset = toSignal(
    inject(BreakpointObserver)
      .observe([Breakpoints.XSmall, Breakpoints.Small])
      .pipe(map((r) => r.matches)),
    { initialValue: false },
  );
  private readonly url = toSignal(
    inject(Router).events.pipe(
      filter((e): e is NavigationEnd => e instanceof NavigationEnd),
      map((e) => e.urlAfterRedirects),
    ),
    { initialValue: inject(Router).url },
  );
  /**
   * The section the page belongs to: the longest section path the URL starts with,
   * so /approvals/policies lights up 审批流程 only, not 审批中心 as well.
   */
  protected readonly activeSection = computed(() => {
    const path = this.url().split(/[?#]/)[0];
    const hits = this.sections().filter((s) => path === s.path || path.startsWith(s.path + '/'));
    return hits.sort((a, b) => b.path.length - a.path.length)[0]?.key ?? null;
  });
  /** The unit of the first role (else the user's own), in the app's language. */
  protected readonly primaryUnit = computed(() => {
    const u = this.user();
    // A supplier contact (issue 15) acts for its company, not for the unit that invited it.
    if (u?.supplierId != null) return this.supplierName();
    const named = u?.roles[0] ?? u;
    return named ? localName(this.i18n.lang(), named.unitName, named.unitNameEn) : '';
  });
  private readonly supplierName = toSignal(
    toObservable(computed(() => this.user()?.supplierId ?? null)).pipe(
      switchMap((id) =>
        id === null
          ? of('')
          : this.http.get<MySupplierContact>('/api/supplier-contacts/me').pipe(
              map((me) => me.supplier.company.legalName ?? me.supplier.name),
              catchError(() => of('')),
            ),
      ),
    ),
    { initialValue: '' },
  );

  protected logout(): void {
    this.store.dispatch(ShellActions.logoutClicked());
  }
}
