import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { UNIT_KIND_LABELS, type UnitKind } from '@portal/domain';
import { I18n } from '../../../core/i18n/i18n';
import { COMMON } from '../../../core/i18n/text';
import { TrPipe } from '../../../core/i18n/tr.pipe';
import { reloadable } from '../../../shared/load-latest';
import { rowEdits } from '../../../shared/row-edits';
import { TypedCell } from '../../../shared/typed-cell';
import { UnitDialog } from './unit-dialog';
import { flattenUnits, kindsUnder, unitName, type UnitNode } from './unit-tree';
import { UnitsApi, type Unit } from './units.api';
import { UNITS_TEXT } from './units.text';

const KIND_ICONS: Record<UnitKind, string> = {
  hq: 'domain',
  centre: 'apartment',
  department: 'groups',
  branch: 'storefront',
  branch_department: 'group_work',
};

/** The organisation tree: add sub-units where the company's shape allows, rename, (de)activate. */
@Component({
  selector: 'app-units-page',
  imports: [MatTableModule, MatButtonModule, MatIconModule, MatProgressBarModule, MatSlideToggleModule, MatTooltipModule, TypedCell, TrPipe],
  templateUrl: './units-page.html',
  styleUrl: './units-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UnitsPage {
  private readonly api = inject(UnitsApi);
  private readonly i18n = inject(I18n);
  protected readonly text = UNITS_TEXT;
  protected readonly common = COMMON;
  protected readonly kindLabels = UNIT_KIND_LABELS;
  protected readonly kindIcons = KIND_ICONS;
  protected readonly columns = ['name', 'code', 'kind', 'status', 'actions'];

  private readonly units = signal<Unit[]>([]);
  private readonly loader = reloadable(() => this.api.list(), (units) => this.units.set(units));
  protected readonly loading = this.loader.loading;
  protected readonly showInactive = signal(true);
  private readonly collapsed = signal<ReadonlySet<number>>(new Set());

  private readonly tree = computed(() => flattenUnits(this.units()));
  protected readonly rows = computed(() => {
    const collapsed = this.collapsed();
    const showInactive = this.showInactive();
    return this.tree().filter((n) => (showInactive || n.unit.active) && !n.ancestors.some((a) => collapsed.has(a)));
  });
  protected readonly trackById = (_: number, node: UnitNode) => node.unit.id;
  protected readonly total = computed(() => this.units().length);
  protected readonly inactive = computed(() => this.units().filter((u) => !u.active).length);
  /** The tree is read whole, so a stale edit reads it all again. */
  private readonly edits = rowEdits<Unit>({
    rows: { reload: () => this.load(), replace: (unit) => this.units.update((list) => list.map((u) => (u.id === unit.id ? unit : u))) },
    params: (u) => ({ name: this.name(u) }),
    staleText: UNITS_TEXT.stale,
  });

  protected load(): void {
    this.loader.reload();
  }

  protected name(unit: Unit): string {
    return unitName(unit, this.i18n.lang());
  }

  protected isCollapsed(id: number): boolean {
    return this.collapsed().has(id);
  }

  protected toggle(node: UnitNode): void {
    this.collapsed.update((set) => {
      const next = new Set(set);
      if (!next.delete(node.unit.id)) next.add(node.unit.id);
      return next;
    });
  }

  protected expandAll(): void {
    this.collapsed.set(new Set());
  }

  /** Everything below the top two levels folds away: the head office and its direct units stay. */
  protected collapseAll(): void {
    this.collapsed.set(new Set(this.tree().filter((n) => n.depth >= 1 && n.childCount > 0).map((n) => n.unit.id)));
  }

  protected canAddUnder(unit: Unit): boolean {
    return unit.active && kindsUnder(unit.kind).length > 0;
  }

  protected add(parent: Unit): void {
    this.edits.created(UnitDialog.open(this.edits.dialog, { mode: 'create', parent }), UNITS_TEXT.created, () => {
      this.collapsed.update((set) => new Set([...set].filter((id) => id !== parent.id)));
      this.load();
    });
  }

  protected edit(unit: Unit): void {
    const parent = this.units().find((u) => u.id === unit.parentId) ?? null;
    this.edits.edited(unit, UnitDialog.open(this.edits.dialog, { mode: 'edit', unit, parent }), UNITS_TEXT.updated);
  }

  // The server says why not in the user's words, e.g. "该单位下还有 3 个启用的用户".
  protected setActive(unit: Unit, active: boolean): void {
    this.edits.setActive(unit, active, () => this.api.update(unit.id, { version: unit.version, active }), {
      on: { ask: { title: UNITS_TEXT.activateTitle, message: UNITS_TEXT.activateMessage, confirm: UNITS_TEXT.activate }, done: UNITS_TEXT.activated },
      off: { ask: { title: UNITS_TEXT.deactivateTitle, message: UNITS_TEXT.deactivateMessage, confirm: UNITS_TEXT.deactivate }, done: UNITS_TEXT.deactivated },
    });
  }
}
