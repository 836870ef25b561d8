import type { Knex } from 'knex';

/**
 * The journal's line checks once per INSERT statement instead of once per line (issue 14's
 * month-end: 30,000 lines in one run). What 20261129_10 guarantees still holds, checked over the
 * statement's new rows (a transition table) in a few set-wise queries:
 *
 * - a line belongs to an entry posted in the same transaction (its posted_at is the transaction's
 *   start), so lines are added only with their entry; a missing entry is refused under the name
 *   the foreign key had (journal_lines_entry_id_foreign), which this check now replaces: entries
 *   are never deleted, updated or truncated, so a line checked at insert keeps its entry;
 * - a line's period is its entry's: filled in from the entry when the inserter leaves it out (a
 *   row trigger that fires only then), refused when it differs;
 * - lines go only to active leaf accounts, which are locked KEY SHARE first, so an account being
 *   given sub-accounts (FOR UPDATE in accounts_guard) is waited for, as before.
 *
 * The per-row trigger cost ~3 queries a line, the foreign key one more; the statement check costs
 * two joins per statement, whatever its size. Errors carry the same constraint names and so the
 * same problems (api/src/modules/journal/journal.messages.ts).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('drop trigger journal_lines_before_insert on journal_lines');
  await knex.raw('drop function journal_lines_before_insert()');
  await knex.raw('alter table journal_lines drop constraint journal_lines_entry_id_foreign');

  await knex.raw(`
    create function journal_lines_period_of_entry() returns trigger language plpgsql as $$
    begin
      select period into new.period from journal_entries where id = new.entry_id;
      if not found then
        raise exception 'entry % does not exist', new.entry_id using errcode = '23503', constraint = 'journal_lines_entry_id_foreign';
      end if;
      return new;
    end $$`);
  await knex.raw(`
    create trigger journal_lines_period_of_entry before insert on journal_lines
    for each row when (new.period is null) execute function journal_lines_period_of_entry()`);

  await knex.raw(`
    create function journal_lines_checked() returns trigger language plpgsql as $$
    declare
      bad record;
    begin
      -- Each entry of the statement, looked up by its key (LIMIT keeps it a lookup, not a scan of the journal).
      select l.entry_id, l.period, e.period as entry_period, e.posted_at into bad
        from (select distinct entry_id, period from new_lines) l
        left join lateral (select je.period, je.posted_at from journal_entries je where je.id = l.entry_id limit 1) e on true
       where e.period is null or e.posted_at <> transaction_timestamp() or l.period <> e.period
       limit 1;
      if found then
        if bad.entry_period is null then
          raise exception 'entry % does not exist', bad.entry_id using errcode = '23503', constraint = 'journal_lines_entry_id_foreign';
        elsif bad.posted_at <> transaction_timestamp() then
          -- An entry's posted_at is its transaction's start (set by its insert trigger): a line added in a
          -- later transaction would change a posted entry.
          raise exception 'entry % is posted; lines are added only with their entry', bad.entry_id
            using errcode = '23514', constraint = 'journal_immutable';
        else
          raise exception 'a line of entry % is dated %, its entry %', bad.entry_id, bad.period, bad.entry_period
            using errcode = '23514', constraint = 'journal_lines_period_of_entry';
        end if;
      end if;

      -- KEY SHARE: an account being given sub-accounts (FOR UPDATE in accounts_guard) is waited for.
      perform 1 from accounts where code in (select account_code from new_lines) for key share;
      select c.code, a.code is not null as found, a.active,
             exists (select 1 from accounts k where k.parent_code = c.code) as has_children into bad
        from (select distinct account_code as code from new_lines) c
        left join accounts a on a.code = c.code
       where a.code is null or not a.active or exists (select 1 from accounts k where k.parent_code = c.code)
       order by c.code
       limit 1;
      if found then
        if not bad.found then
          raise exception 'account % does not exist', bad.code using errcode = '23514', constraint = 'journal_lines_account_leaf';
        elsif not bad.active then
          raise exception 'account % is inactive', bad.code using errcode = '23514', constraint = 'journal_lines_account_leaf';
        else
          raise exception 'account % has sub-accounts; post to one of them', bad.code
            using errcode = '23514', constraint = 'journal_lines_account_leaf';
        end if;
      end if;
      return null;
    end $$`);
  await knex.raw(`
    create trigger journal_lines_checked after insert on journal_lines
    referencing new table as new_lines
    for each statement execute function journal_lines_checked()`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop trigger if exists journal_lines_checked on journal_lines');
  await knex.raw('drop function if exists journal_lines_checked()');
  await knex.raw('drop trigger if exists journal_lines_period_of_entry on journal_lines');
  await knex.raw('drop function if exists journal_lines_period_of_entry()');
  await knex.raw(`alter table journal_lines add constraint journal_lines_entry_id_foreign foreign key (entry_id) references journal_entries (id) on delete restrict`);
  await knex.raw(`
    create function journal_lines_before_insert() returns trigger language plpgsql as $$
    declare
      e record;
      acct record;
    begin
      select period, posted_at into e from journal_entries where id = new.entry_id;
      if not found then
        raise exception 'entry % does not exist', new.entry_id using errcode = '23503', constraint = 'journal_lines_entry_id_foreign';
      end if;
      if e.posted_at <> transaction_timestamp() then
        raise exception 'entry % is posted; lines are added only with their entry', new.entry_id
          using errcode = '23514', constraint = 'journal_immutable';
      end if;
      new.period := e.period;
      select code, active into acct from accounts where code = new.account_code for key share;
      if not found then
        raise exception 'account % does not exist', new.account_code using errcode = '23514', constraint = 'journal_lines_account_leaf';
      end if;
      if not acct.active then
        raise exception 'account % is inactive', new.account_code using errcode = '23514', constraint = 'journal_lines_account_leaf';
      end if;
      if exists (select 1 from accounts where parent_code = new.account_code) then
        raise exception 'account % has sub-accounts; post to one of them', new.account_code
          using errcode = '23514', constraint = 'journal_lines_account_leaf';
      end if;
      return new;
    end $$`);
  await knex.raw(`
    create trigger journal_lines_before_insert before insert on journal_lines
    for each row execute function journal_lines_before_insert()`);
}
