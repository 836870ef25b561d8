import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { formatDate } from '@angular/common';
import { FormBuilder } from '@angular/forms';
import { MatChipsModule } from '@angular/material/chips';
import { MatDividerModule } from '@angular/material/divider';
import { MatMenuModule } from '@angular/material/menu';
import { ROLES, ROLE_LABELS, type Role } from '@portal/domain';
import { I18n } from '../../../core/i18n/i18n';
import { COMMON } from '../../../core/i18n/text';
import { toProblem } from '../../../core/http/problem';
import { Notify } from '../../../core/notify';
import { ConfirmDialog } from '../../../shared/confirm-dialog';
import { reloadable } from '../../../shared/load-latest';
import { rowEdits } from '../../../shared/row-edits';
import { LIST_PAGE_IMPORTS } from '../../../shared/list-frame/list-page';
import { filterOptions } from '../../../shared/list-frame/select-filter';
import { serverList } from '../../../shared/server-list';
import { flattenUnits, unitName } from '../units/unit-tree';
import { UnitsApi, type Unit } from '../units/units.api';
import { GrantDialog } from './grant-dialog';
import { PasswordDialog } from './password-dialog';
import { UserDialog } from './user-dialog';
import { UsersApi, type User, type UserGrant } from './users.api';
import { USERS_TEXT } from './users.text';
import { AppDatePipe } from '../../../core/i18n/app-date.pipe';

interface Filter {
  q: string;
  unitId: number | null;
  role: Role | null;
  active: 'true' | 'false' | null;
}

const NO_FILTER: Filter = { q: '', unitId: null, role: null, active: null };

/** Accounts, their units and role grants: the administrator's list, with every change a dialog away. */
@Component({
  selector: 'app-users-page',
  imports: [LIST_PAGE_IMPORTS, AppDatePipe, MatChipsModule, MatMenuModule, MatDividerModule],
  templateUrl: './users-page.html',
  styleUrl: './users-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersPage {
  private readonly api = inject(UsersApi);
  private readonly unitsApi = inject(UnitsApi);
  private readonly notify = inject(Notify);
  private readonly i18n = inject(I18n);
  protected readonly text = USERS_TEXT;
  protected readonly common = COMMON;
  protected readonly roleOptions = filterOptions(ROLES, ROLE_LABELS);
  protected readonly activeOptions = filterOptions(['true', 'false'], { true: USERS_TEXT.statusActive, false: USERS_TEXT.statusDisabled });
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly columns = ['username', 'displayName', 'unit', 'roles', 'status', 'lastLoginAt', 'actions'];

  protected readonly filters = inject(FormBuilder).nonNullable.group<{
    q: string;
    unitId: number | null;
    role: Role | null;
    active: 'true' | 'false' | null;
  }>(NO_FILTER);
  protected readonly list = serverList<User, Filter>({
    filters: this.filters,
    sort: { active: 'username', direction: 'asc' },
    pageSize: 20,
    load: (f, paging) =>
      this.api.list({ q: f.q, unitId: f.unitId, role: f.role, active: f.active === null ? null : f.active === 'true', ...paging }),
  });

  private readonly edits = rowEdits<User>({
    rows: this.list,
    params: (u) => ({ name: u.displayName, username: u.username }),
    staleText: USERS_TEXT.stale,
    fetch: (u) => this.api.get(u.id),
  });

  private readonly units = signal<Unit[]>([]);
  private readonly unitById = computed(() => new Map(this.units().map((u) => [u.id, u])));
  /** Every unit, inactive ones too: their former members are still worth finding. */
  protected readonly unitChoices = computed(() =>
    flattenUnits(this.units()).map((n) => ({ value: n.unit.id, label: unitName(n.unit, this.i18n.lang()), depth: n.depth })),
  );

  constructor() {
    reloadable(() => this.unitsApi.list(), (units) => this.units.set(units));
  }

  protected readonly trackById = (_: number, u: User) => u.id;

  protected clearFilters(): void {
    this.filters.setValue(NO_FILTER);
  }

  /** The unit's name in the reader's language; the API's Chinese name until the unit list arrives. */
  protected unitLabel(id: number, fallback: string): string {
    const unit = this.unitById().get(id);
    return unit ? unitName(unit, this.i18n.lang()) : fallback;
  }

  protected lockedUntil(u: User): string {
    return u.lockedUntil ? formatDate(u.lockedUntil, 'HH:mm', 'en-US') : '';
  }

  protected create(): void {
    this.edits.created(UserDialog.open(this.edits.dialog, { mode: 'create', units: this.units() }), USERS_TEXT.created);
  }

  protected edit(u: User): void {
    this.edits.edited(u, UserDialog.open(this.edits.dialog, { mode: 'edit', user: u, units: this.units() }), USERS_TEXT.saved);
  }

  // Refusals such as "不能停用自己的账户", "这是最后一个系统管理员…" are the server's words.
  protected setActive(u: User, active: boolean): void {
    this.edits.setActive(u, active, () => this.api.update(u.id, { version: u.version, active }), {
      on: { ask: { title: USERS_TEXT.enableTitle, message: USERS_TEXT.enableMessage, confirm: USERS_TEXT.enable }, done: USERS_TEXT.enabled },
      off: { ask: { title: USERS_TEXT.disableTitle, message: USERS_TEXT.disableMessage, confirm: USERS_TEXT.disable }, done: USERS_TEXT.disabled },
    });
  }

  protected resetPassword(u: User): void {
    this.edits.edited(u, PasswordDialog.open(this.edits.dialog, u), USERS_TEXT.passwordReset);
  }

  protected unlock(u: User): void {
    this.edits.save(u, this.api.unlock(u.id), USERS_TEXT.unlocked);
  }

  protected grant(u: User): void {
    this.edits.edited(u, GrantDialog.open(this.edits.dialog, { user: u, units: this.units() }), USERS_TEXT.granted);
  }

  protected revoke(u: User, g: UserGrant): void {
    ConfirmDialog.ask(this.edits.dialog, {
      title: USERS_TEXT.revokeTitle,
      message: USERS_TEXT.revokeMessage,
      params: { name: u.displayName, role: this.i18n.t(ROLE_LABELS[g.role]), unit: this.unitLabel(g.unitId, g.unitName) },
      confirm: USERS_TEXT.revoke,
      danger: true,
    }).subscribe((ok) => {
      if (!ok) return;
      this.api.revoke(u.id, g.id).subscribe({
        next: (user) => {
          this.list.replace(user);
          this.notify.ok(USERS_TEXT.revoked, { name: user.displayName });
        },
        error: (err: unknown) => {
          this.notify.error(err);
          // Already revoked by someone else: show the row as it is now.
          if (toProblem(err).status === 404) this.reloadRow(u);
        },
      });
    });
  }

  private reloadRow(u: User): void {
    this.list.refresh(this.api.get(u.id));
  }
}
