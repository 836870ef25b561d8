import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DOCUMENT_TYPE_LABELS, SECTIONS } from '@portal/domain';
import { MODULES } from './modules';

describe('module manifests', () => {
  it('names each module once', () => {
    const names = MODULES.map((m) => m.name);
    assert.deepEqual([...new Set(names)], names);
  });

  it('puts each module with screens under a menu section that exists', () => {
    for (const m of MODULES.filter((x) => x.section)) {
      assert.ok(SECTIONS.some((s) => s.key === m.section), `${m.name}: no section ${m.section}`);
    }
  });

  it('names every document type in domain/, so the web offers it with the same label', () => {
    for (const d of MODULES.flatMap((m) => m.documentTypes ?? [])) {
      const known = (DOCUMENT_TYPE_LABELS as Record<string, { zh: string; en: string }>)[d.type];
      assert.deepEqual(known, d.label, `${d.type} is not in DOCUMENT_TYPE_LABELS with its label`);
    }
  });
});
