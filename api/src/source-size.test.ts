import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The groundwork's rule (issue 9): a source file that grows past 400 lines is split by
// sub-concept, as prices/ and the purchasing ledgers are. Tests and specs may be longer.
const LIMIT = 400;
const root = join(import.meta.dirname, '..', '..');

describe('source files', () => {
  it(`keeps every non-test source file at ${LIMIT} lines or fewer`, () => {
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter((f) => /\.(ts|mjs|js|html|scss)$/.test(f) && !/\.(test|spec)\.ts$/.test(f));
    assert.ok(files.length > 300, 'the walk sees the repository');
    const long = files
      .map((f) => ({ f, lines: readFileSync(join(root, f), 'utf8').split('\n').length - 1 }))
      .filter((x) => x.lines > LIMIT)
      .map((x) => `${x.f}: ${x.lines}`);
    assert.deepEqual(long, []);
  });
});
