import type { Knex } from 'knex';

/**
 * The ledger's guarantees, held by PostgreSQL itself so that no code path (a module's service,
 * a script, a psql session) can break them:
 *
 * - an entry has at least two lines and its debits equal its credits, checked at COMMIT
 *   (a deferred constraint trigger: the lines are inserted one statement after the entry);
 * - lines are added only together with their entry, in the transaction that posted it;
 * - journal entries and lines are never UPDATEd, DELETEd or TRUNCATEd: a mistake is undone by
 *   a reversal, so the books keep what was once reported;
 * - nothing posts into a period that is not open (the period row must exist); posting takes a
 *   share lock on the period row, so closing a month waits for postings in flight and a posting
 *   that comes after the close sees it closed;
 * - postings go only to active leaf accounts, and an account that has postings gets no children;
 * - a reversal mirrors every line of its original (same accounts and dimensions, debit and credit
 *   swapped), checked at COMMIT; an entry is reversed once (reverses_id is unique) and a reversal
 *   is not reversed again (post the entry anew instead);
 * - a period moves open → closed → locked, or closed → open (reopen); locked is final.
 *
 * Every refusal names a constraint; api/src/modules/journal/journal.messages.ts maps each to a
 * clear 409/422 problem in Chinese and English (http/db-problems.ts).
 *
 * Also: journal_lines.period, copied from the entry by the insert trigger, so the reports filter
 * and group lines by month without joining the entries.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`alter table journal_lines add column period date`);
  await knex.raw(`alter table journal_entries add constraint journal_entries_reversal_check check ((kind = 'reversal') = (reverses_id is not null))`);

  // ---- periods: the state machine -------------------------------------------------------------
  await knex.raw(`
    create function accounting_periods_guard() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        if old.status <> 'open' then
          raise exception 'period % is % and cannot be deleted', old.period, old.status using errcode = '23514', constraint = 'accounting_periods_transition';
        end if;
        return old;
      end if;
      if new.period <> old.period then
        raise exception 'a period''s month cannot change' using errcode = '23514', constraint = 'accounting_periods_transition';
      end if;
      if new.status <> old.status and not (
           (old.status = 'open' and new.status = 'closed')
        or (old.status = 'closed' and new.status in ('open', 'locked'))) then
        raise exception 'period % cannot move from % to %', old.period, old.status, new.status
          using errcode = '23514', constraint = 'accounting_periods_transition';
      end if;
      return new;
    end $$`);
  await knex.raw(`
    create trigger accounting_periods_guard before update or delete on accounting_periods
    for each row execute function accounting_periods_guard()`);

  // ---- accounts: no children under an account that has postings ------------------------------
  await knex.raw(`
    create function accounts_guard() returns trigger language plpgsql as $$
    begin
      if new.parent_code is not null then
        -- FOR UPDATE waits for postings in flight to the parent (their FK check holds KEY SHARE).
        perform 1 from accounts where code = new.parent_code for update;
        if exists (select 1 from journal_lines where account_code = new.parent_code) then
          raise exception 'account % has postings and cannot get sub-accounts', new.parent_code
            using errcode = '23514', constraint = 'accounts_parent_has_postings';
        end if;
      end if;
      return new;
    end $$`);
  await knex.raw(`create trigger accounts_guard before insert on accounts for each row execute function accounts_guard()`);

  // ---- journal: never changed ------------------------------------------------------------------
  await knex.raw(`
    create function journal_immutable() returns trigger language plpgsql as $$
    begin
      raise exception 'the journal is append-only: % cannot be changed or deleted; post a reversal instead', tg_table_name
        using errcode = '23514', constraint = 'journal_immutable';
    end $$`);
  for (const table of ['journal_entries', 'journal_lines']) {
    await knex.raw(`create trigger ${table}_immutable before update or delete on ${table} for each row execute function journal_immutable()`);
    await knex.raw(`create trigger ${table}_no_truncate before truncate on ${table} for each statement execute function journal_immutable()`);
  }

  // ---- journal entries: period open, reversal rules --------------------------------------------
  await knex.raw(`
    create function journal_entries_before_insert() returns trigger language plpgsql as $$
    declare
      st text;
      original_kind text;
    begin
      -- The posting transaction's start: lines check it to know they come with their entry.
      new.posted_at := transaction_timestamp();
      -- FOR SHARE: a close (an UPDATE of this row) waits until this posting commits or rolls back.
      select status into st from accounting_periods where period = new.period for share;
      if st is null then
        raise exception 'period % does not exist', new.period using errcode = '23514', constraint = 'journal_period_open';
      elsif st <> 'open' then
        raise exception 'period % is %; nothing can be posted into it', new.period, st using errcode = '23514', constraint = 'journal_period_open';
      end if;
      if new.reverses_id is not null then
        select kind into original_kind from journal_entries where id = new.reverses_id;
        if original_kind = 'reversal' then
          raise exception 'entry % is itself a reversal and cannot be reversed', new.reverses_id
            using errcode = '23514', constraint = 'journal_reversal_of_reversal';
        end if;
      end if;
      return new;
    end $$`);
  await knex.raw(`
    create trigger journal_entries_before_insert before insert on journal_entries
    for each row execute function journal_entries_before_insert()`);

  // ---- journal lines: with their entry, to a leaf account; period copied --------------------
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
      -- An entry's posted_at is its transaction's start (set by its insert trigger): a line added in a
      -- later transaction would change a posted entry.
      if e.posted_at <> transaction_timestamp() then
        raise exception 'entry % is posted; lines are added only with their entry', new.entry_id
          using errcode = '23514', constraint = 'journal_immutable';
      end if;
      new.period := e.period;
      -- KEY SHARE: an account being given sub-accounts (FOR UPDATE in accounts_guard) is waited for.
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
  await knex.raw(`alter table journal_lines alter column period set not null`);
  await knex.raw(`create index journal_lines_period_account_index on journal_lines (period, account_code)`);
  await knex.raw(`create index journal_lines_customer_period_index on journal_lines (customer_id, period)`);

  // ---- at commit: at least two lines, balanced, a reversal mirrors its original ----------------
  await knex.raw(`
    create function journal_entries_at_commit() returns trigger language plpgsql as $$
    declare
      n bigint;
      dr numeric;
      cr numeric;
      differing bigint;
    begin
      select count(*), coalesce(sum(debit_fen), 0), coalesce(sum(credit_fen), 0) into n, dr, cr
        from journal_lines where entry_id = new.id;
      if n < 2 then
        raise exception 'entry % has % line(s); an entry needs at least two', new.number, n
          using errcode = '23514', constraint = 'journal_entries_two_lines';
      end if;
      if dr <> cr then
        raise exception 'entry % does not balance: debits % ≠ credits %', new.number, dr, cr
          using errcode = '23514', constraint = 'journal_entries_balanced';
      end if;
      if new.reverses_id is not null then
        select count(*) into differing from (
          (select account_code, unit_id, customer_id, agreement_id, credit_fen as d, debit_fen as c
             from journal_lines where entry_id = new.reverses_id
           except all
           select account_code, unit_id, customer_id, agreement_id, debit_fen, credit_fen
             from journal_lines where entry_id = new.id)
          union all
          (select account_code, unit_id, customer_id, agreement_id, debit_fen, credit_fen
             from journal_lines where entry_id = new.id
           except all
           select account_code, unit_id, customer_id, agreement_id, credit_fen, debit_fen
             from journal_lines where entry_id = new.reverses_id)
        ) x;
        if differing > 0 then
          raise exception 'reversal % does not mirror entry %', new.number, new.reverses_id
            using errcode = '23514', constraint = 'journal_reversal_mirrors';
        end if;
      end if;
      return null;
    end $$`);
  await knex.raw(`
    create constraint trigger journal_entries_at_commit after insert on journal_entries
    deferrable initially deferred for each row execute function journal_entries_at_commit()`);

  // ---- the chart of accounts (reference data, production too) ---------------------------------
  await knex('accounts').insert([
    { code: '1002', name: '银行存款', name_en: 'Cash at bank', parent_code: null, normal_side: 'debit' },
    { code: '1122', name: '应收账款', name_en: 'Accounts receivable', parent_code: null, normal_side: 'debit' },
    { code: '2203', name: '预收账款', name_en: 'Advances from customers', parent_code: null, normal_side: 'credit' },
    { code: '2221', name: '应交税费', name_en: 'Taxes payable', parent_code: null, normal_side: 'credit' },
    { code: '2221.01', name: '应交增值税(销项税额)', name_en: 'VAT payable (output tax)', parent_code: '2221', normal_side: 'credit' },
    { code: '6051', name: '其他业务收入', name_en: 'Other operating income', parent_code: null, normal_side: 'credit' },
    { code: '6051.01', name: '市场推广费收入', name_en: 'Marketing promotion income', parent_code: '6051', normal_side: 'credit' },
    { code: '6051.01.01', name: '网络广告收入', name_en: 'Online advertising income', parent_code: '6051.01', normal_side: 'credit' },
    { code: '6051.01.02', name: '广告位收入', name_en: 'Ad slot income', parent_code: '6051.01', normal_side: 'credit' },
  ]);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop trigger if exists journal_entries_at_commit on journal_entries');
  await knex.raw('drop trigger if exists journal_lines_before_insert on journal_lines');
  await knex.raw('drop trigger if exists journal_entries_before_insert on journal_entries');
  for (const table of ['journal_entries', 'journal_lines']) {
    await knex.raw(`drop trigger if exists ${table}_immutable on ${table}`);
    await knex.raw(`drop trigger if exists ${table}_no_truncate on ${table}`);
  }
  await knex.raw('drop trigger if exists accounts_guard on accounts');
  await knex.raw('drop trigger if exists accounting_periods_guard on accounting_periods');
  for (const fn of ['journal_entries_at_commit', 'journal_lines_before_insert', 'journal_entries_before_insert', 'journal_immutable', 'accounts_guard', 'accounting_periods_guard']) {
    await knex.raw(`drop function if exists ${fn}()`);
  }
  await knex.raw('drop index if exists journal_lines_customer_period_index');
  await knex.raw('drop index if exists journal_lines_period_account_index');
  await knex.raw('alter table journal_entries drop constraint if exists journal_entries_reversal_check');
  await knex.raw('alter table journal_lines drop column if exists period');
  await knex('accounts').del();
}
