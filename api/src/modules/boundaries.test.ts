import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MODULE_TABLES } from './tables';

/**
 * Module boundaries, read from the source (no database): a repo queries only its own
 * module's tables, every table the migrations create belongs to exactly one module, a
 * service never imports another module's repo, and a repo borrows from another module
 * only what that module publishes for joining (its *.reads.repo.ts), never passing it on.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const migrationsDir = path.resolve(here, '../../../db/migrations');
const modules = fs.readdirSync(here, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const filesOf = (module: string, suffix: string) =>
  fs
    .readdirSync(path.join(here, module))
    .filter((f) => f.endsWith(suffix) && !f.endsWith('.test.ts'))
    .map((f) => path.join(module, f));
const read = (file: string) => fs.readFileSync(path.join(here, file), 'utf8');

/** Comments out, so a sentence such as "from units" is not taken for SQL. */
const code = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

function createdTables(): string[] {
  const out: string[] = [];
  for (const f of fs.readdirSync(migrationsDir).filter((x) => x.endsWith('.ts'))) {
    const src = code(fs.readFileSync(path.join(migrationsDir, f), 'utf8'));
    for (const m of src.matchAll(/createTable\(\s*['"`]([a-z_][a-z0-9_]*)['"`]/g)) out.push(m[1]);
    for (const m of src.matchAll(/create\s+table\s+(?:if\s+not\s+exists\s+)?([a-z_][a-z0-9_]*)/gi)) out.push(m[1]);
  }
  return out;
}

const TABLES = new Set(createdTables());

/** The known tables a source file names as Knex's first argument or in raw SQL after from/join/into/update/table. */
export function tablesTouched(source: string): Set<string> {
  const src = code(source);
  const found = new Set<string>();
  const calls = /\b(?:db|trx|knex|tx|sp)\(\s*['"`]([a-z_][a-z0-9_]*)|\.(?:from|into|table|join|leftJoin|leftOuterJoin|rightJoin|innerJoin|fullOuterJoin|crossJoin)\(\s*['"`]([a-z_][a-z0-9_]*)/g;
  for (const m of src.matchAll(calls)) found.add(m[1] ?? m[2]);
  for (const m of src.matchAll(/\b(?:from|join|into|update|table)\s+([a-z_][a-z0-9_]*)\b/gi)) found.add(m[1]);
  return new Set([...found].filter((t) => TABLES.has(t)));
}

describe('module boundaries', () => {
  it('finds tables in Knex calls and raw SQL, and ignores comments and CTE names', () => {
    const sample = `// join users for nothing
      db('ad_quotes as q').join('units as un', 'un.id', 'q.unit_id').leftJoin('users as cb', 'cb.id', 'q.created_by');
      trx.raw(\`with recursive up(id) as (select 1) insert into ad_quote_counters select * from up join role_grants g on true\`);`;
    assert.deepEqual([...tablesTouched(sample)].sort(), ['ad_quote_counters', 'ad_quotes', 'role_grants', 'units', 'users']);
  });

  it('gives every table the migrations create to exactly one module', () => {
    const owners = new Map<string, string[]>();
    for (const [module, tables] of Object.entries(MODULE_TABLES)) for (const t of tables) owners.set(t, [...(owners.get(t) ?? []), module]);
    for (const t of TABLES) assert.deepEqual(owners.get(t)?.length, 1, `table ${t} is owned by ${owners.get(t)?.join(', ') || 'no module'} (api/src/modules/tables.ts)`);
    for (const t of owners.keys()) assert.ok(TABLES.has(t), `tables.ts names ${t}, which no migration creates`);
    for (const m of Object.keys(MODULE_TABLES)) assert.ok(modules.includes(m), `tables.ts names module ${m}, which has no folder`);
  });

  for (const module of modules) {
    for (const file of filesOf(module, '.repo.ts')) {
      it(`${file} queries only ${module}'s own tables`, () => {
        const own = MODULE_TABLES[module] ?? [];
        const foreign = [...tablesTouched(read(file))].filter((t) => !own.includes(t));
        assert.deepEqual(foreign, [], `${file} queries ${foreign.join(', ')}, owned by another module: ask that module's service, or join what its reads.repo publishes`);
      });
    }
  }

  for (const module of modules) {
    for (const file of filesOf(module, '.ts').filter((f) => !f.endsWith('.repo.ts'))) {
      it(`${file} leaves SQL to the repos`, () => {
        assert.deepEqual([...tablesTouched(read(file))], [], `${file} queries tables itself: SQL lives only in <module>.repo.ts`);
      });
    }
  }

  for (const module of modules) {
    for (const file of filesOf(module, '.ts')) {
      const imports = [...read(file).matchAll(/from\s+['"]\.\.\/([\w-]+)\/([\w.-]+)['"]/g)].map((m) => ({ module: m[1], file: m[2] }));
      const repos = imports.filter((i) => i.module !== module && i.file.endsWith('.repo'));
      if (file.endsWith('.repo.ts')) {
        it(`${file} borrows from other modules only what they publish for joins`, () => {
          const bad = repos.filter((i) => !i.file.endsWith('.reads.repo')).map((i) => `${i.module}/${i.file}`);
          assert.deepEqual(bad, [], `${file} imports another module's private repo`);
        });
        it(`${file} re-exports nothing of another module`, () => {
          // A re-export would let a service reach another module's SQL through its own repo.
          const passedOn = [...code(read(file)).matchAll(/export\s[^;]*?from\s+['"]\.\.\/([\w-]+)\/([\w.-]+)['"]/g)].map((m) => `${m[1]}/${m[2]}`);
          assert.deepEqual(passedOn, [], `${file} re-exports another module's file: callers ask that module's service`);
        });
      } else {
        it(`${file} imports no other module's repo`, () => {
          const bad = repos.map((i) => `${i.module}/${i.file}`);
          assert.deepEqual(bad, [], `${file} imports another module's repo: call that module's service instead`);
        });
      }
    }
  }
});
