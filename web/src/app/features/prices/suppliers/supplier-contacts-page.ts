import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { SUPPLIER_CONTACT_KEEPER_ROLES, SUPPLIER_STANDING_LABELS } from '@portal/domain';
import type { Supplier, SupplierContact, SupplierContactInvited, SupplierContactList } from '@portal/domain/contracts';
import { AppDatePipe } from '../../../core/i18n/app-date.pipe';
import { COMMON } from '../../../core/i18n/text';
import { TrPipe } from '../../../core/i18n/tr.pipe';
import { Notify } from '../../../core/notify';
import { selectUser } from '../../../core/session/session.reducer';
import { ConfirmDialog } from '../../../shared/confirm-dialog';
import { SUPPLIER_CONTACTS_TEXT } from './supplier-contacts.text';

/**
 * A supplier's page: its B2B company details (named on e-contracts) and its contacts, the external
 * users a clerk invites with a one-time link. A suspended or terminated supplier takes no invitation.
 */
@Component({
  selector: 'app-supplier-contacts-page',
  imports: [FormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule, TrPipe, AppDatePipe],
  templateUrl: './supplier-contacts-page.html',
  styleUrl: './supplier-contacts-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SupplierContactsPage {
  readonly id = input.required<string>();

  private readonly http = inject(HttpClient);
  private readonly notify = inject(Notify);
  private readonly dialog = inject(MatDialog);
  private readonly user = inject(Store).selectSignal(selectUser);
  protected readonly text = SUPPLIER_CONTACTS_TEXT;
  protected readonly common = COMMON;
  protected readonly standingLabels = SUPPLIER_STANDING_LABELS;

  protected readonly supplier = signal<Supplier | null>(null);
  protected readonly contacts = signal<SupplierContact[]>([]);
  protected readonly link = signal<{ url: string; name: string; expiresAt: string } | null>(null);
  protected readonly busy = signal(false);
  protected readonly inviting = signal(false);
  protected readonly form = signal({ username: '', displayName: '', phone: '', email: '' });

  protected readonly canInvite = computed(() => (this.user()?.roles ?? []).some((r) => SUPPLIER_CONTACT_KEEPER_ROLES.includes(r.role)));
  protected readonly invitable = computed(() => {
    const s = this.supplier();
    return !!s && s.eligible;
  });

  constructor() {
    effect(() => {
      const id = Number(this.id());
      untracked(() => this.load(id));
    });
  }

  private load(id: number): void {
    this.http.get<Supplier>(`/api/suppliers/${id}`).subscribe({ next: (s) => this.supplier.set(s), error: (err: unknown) => this.notify.error(err) });
    this.http.get<SupplierContactList>('/api/supplier-contacts', { params: { supplierId: id } }).subscribe({
      next: (l) => this.contacts.set(l.items),
      error: (err: unknown) => this.notify.error(err),
    });
  }

  protected patch(p: Partial<ReturnType<typeof this.form>>): void {
    this.form.update((f) => ({ ...f, ...p }));
  }

  private shown(r: SupplierContactInvited): void {
    this.busy.set(false);
    this.link.set({ url: location.origin + r.link, name: r.contact.displayName, expiresAt: r.expiresAt });
    this.load(Number(this.id()));
  }

  protected invite(): void {
    this.busy.set(true);
    this.http.post<SupplierContactInvited>('/api/supplier-contacts', { supplierId: Number(this.id()), ...this.form() }).subscribe({
      next: (r) => {
        this.inviting.set(false);
        this.form.set({ username: '', displayName: '', phone: '', email: '' });
        this.shown(r);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.notify.error(err);
      },
    });
  }

  protected reinvite(c: SupplierContact): void {
    this.busy.set(true);
    this.http.post<SupplierContactInvited>(`/api/supplier-contacts/${c.id}/invite`, {}).subscribe({
      next: (r) => this.shown(r),
      error: (err: unknown) => {
        this.busy.set(false);
        this.notify.error(err);
      },
    });
  }

  /**
   * Switches a contact off (asked first: it is signed out at once) or on again. Its account only:
   * what its company did through it stays.
   */
  protected setActive(c: SupplierContact, active: boolean): void {
    const go = () => {
      this.busy.set(true);
      this.http.post<SupplierContact>(`/api/supplier-contacts/${c.id}/${active ? 'reactivate' : 'deactivate'}`, {}).subscribe({
        next: (saved) => {
          this.busy.set(false);
          this.contacts.update((all) => all.map((x) => (x.id === saved.id ? saved : x)));
          this.notify.ok(active ? SUPPLIER_CONTACTS_TEXT.reactivated : SUPPLIER_CONTACTS_TEXT.deactivated, { name: saved.displayName });
        },
        error: (err: unknown) => {
          this.busy.set(false);
          this.notify.error(err);
          this.load(Number(this.id()));
        },
      });
    };
    if (active) return go();
    const ask = { title: SUPPLIER_CONTACTS_TEXT.deactivateTitle, message: SUPPLIER_CONTACTS_TEXT.deactivateMessage, confirm: SUPPLIER_CONTACTS_TEXT.deactivate };
    ConfirmDialog.ask(this.dialog, { ...ask, params: { name: c.displayName }, danger: true }).subscribe((ok) => ok && go());
  }

  protected copy(url: string): void {
    void navigator.clipboard?.writeText(url).then(() => this.notify.ok(SUPPLIER_CONTACTS_TEXT.copied));
  }

  protected lapsed(c: SupplierContact): boolean {
    return !c.passwordSet && (!c.inviteExpiresAt || new Date(c.inviteExpiresAt).getTime() <= Date.now());
  }
}
