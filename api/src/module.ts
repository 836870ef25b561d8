import { sectionRoles } from '@portal/domain';
import { registerMessages, type MessageTable } from './http/messages';
import type { RouteDef } from './http/route';
import { registerDocumentType, type DocumentType } from './modules/approvals/approvals.registry';
import { registerWorkbenchCard, type WorkbenchCardProvider } from './modules/workbench/workbench.registry';

/**
 * Everything an API module adds to the app, declared in one place
 * (modules/<name>/<name>.module.ts) and listed in modules.ts: no side-effect
 * imports, so what a module brings is visible where it is listed.
 */
export interface ModuleManifest {
  /** The module's word: its folder, its URL and its web feature. */
  name: string;
  routes: readonly RouteDef[];
  /** Its message keys in both languages (problem details, notifications, document words). */
  messages?: MessageTable;
  /** Its documents that go through approvals. */
  documentTypes?: readonly DocumentType[];
  /** The key of the menu section (SECTIONS in domain/) its screens belong to, if it has one. */
  section?: string;
  /** Its cards on the home page (工作台), in the order shown: to-dos, progress, a chart. */
  workbench?: readonly WorkbenchCardProvider[];
}

const registered = new WeakSet<ModuleManifest>();

/**
 * Registers the modules' messages and document types with the engines that use
 * them. createApp calls it; a module already registered (tests make several apps
 * in one process) is skipped.
 */
export function registerModules(modules: readonly ModuleManifest[]): void {
  for (const m of modules) {
    if (registered.has(m)) continue;
    // An unknown section key is a typo that would leave the module out of the menu.
    if (m.section) sectionRoles(m.section);
    if (m.messages) registerMessages(m.messages);
    for (const d of m.documentTypes ?? []) registerDocumentType(d);
    for (const c of m.workbench ?? []) registerWorkbenchCard(c);
    registered.add(m);
  }
}
