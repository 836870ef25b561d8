import type { Knex } from 'knex';
import { INQUIRY_INTERNAL_ROLES, lineAmountFen, lowestPerLine, hasAnyRole } from '@portal/domain';
import { Conflict, Forbidden, Invalid } from '../../http/errors';
import type { Actor } from '../../http/route';
import type { SessionUser } from '../../http/session';
import { audit } from '../audit/audit.service';
import { lowestCurrentPrices } from '../prices/prices.history';
import { suppliersWithStanding } from '../suppliers/suppliers.service';
import * as quotesRepo from './inquiries.quotes.repo';
import * as repo from './inquiries.repo';
import type { SubmitQuote } from './inquiries.schema';
import { visibleInquiry } from './inquiries.service';

function toQuotes(found: Awaited<ReturnType<typeof quotesRepo.quotes>>, lines: repo.LineRow[]) {
  const qty = new Map(lines.map((l) => [l.id, Number(l.quantity)]));
  return found.quotes.map((q) => {
    const ls = found.lines
      .filter((l) => l.quote_id === q.id)
      .map((l) => ({
        inquiryLineId: l.inquiry_line_id,
        unitPriceFen: Number(l.unit_price_fen),
        taxRateBp: l.tax_rate_bp,
        deliveryDays: l.delivery_days,
        amountFen: lineAmountFen(qty.get(l.inquiry_line_id) ?? 0, Number(l.unit_price_fen)),
        note: l.note,
      }));
    return {
      id: q.id,
      supplierId: q.supplier_id,
      revision: q.revision,
      validUntil: q.valid_until,
      notes: q.notes,
      submittedBy: q.submitted_by_name,
      submittedAt: q.submitted_at,
      lines: ls,
      totalFen: ls.reduce((sum, l) => sum + l.amountFen, 0),
    };
  });
}

/**
 * The quotes of an inquiry with every revision. A supplier contact sees its own, always. The buyer's
 * side sees, before the deadline, only who quoted and when (the receipts): the prices are not sent at
 * all, so nobody can pass them to a competitor; at the deadline they all open at once.
 */
export async function browseQuotes(db: Knex, user: SessionUser, id: number) {
  const { row, viewer } = await visibleInquiry(db, user, id);
  const got = await quotesRepo.receipts(db, id, viewer.supplierId);
  const sealed = viewer.supplierId === null && !row.open;
  const receipts = got.map((r) => ({ supplierId: r.supplier_id, revision: r.revision, submittedAt: r.submitted_at }));
  if (sealed) return { sealed, quoteDeadline: row.quote_deadline, receipts, items: [] };
  const found = await quotesRepo.quotes(db, id, { supplierId: viewer.supplierId, latestOnly: false });
  return { sealed, quoteDeadline: row.quote_deadline, receipts, items: toQuotes(found, await repo.linesOf(db, id)) };
}

/**
 * A supplier contact quotes, or revises its quote: a new revision each time, the earlier ones kept.
 * Refused once the deadline has passed by the database's clock (the insert itself checks it).
 */
export async function submitQuote(db: Knex, actor: Actor, user: SessionUser, id: number, input: SubmitQuote) {
  if (user.supplierId === null) throw new Forbidden();
  const supplierId = user.supplierId;
  return db.transaction(async (trx) => {
    const { row } = await visibleInquiry(trx, user, id);
    const lines = await repo.linesOf(trx, id);
    const ids = new Set(lines.map((l) => l.id));
    const seen = new Set<number>();
    for (const [i, l] of input.lines.entries()) {
      if (!ids.has(l.inquiryLineId)) throw Invalid.field(`lines.${i}.inquiryLineId`, 'inquiries.notInquiryLine');
      if (seen.has(l.inquiryLineId)) throw Invalid.field(`lines.${i}.inquiryLineId`, 'inquiries.lineQuotedTwice');
      seen.add(l.inquiryLineId);
    }
    const { rows } = (await trx.raw(`select to_char(now() at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as today`)) as { rows: { today: string }[] };
    if (input.validUntil < rows[0].today) throw Invalid.field('validUntil', 'inquiries.validUntilPast');
    const created = await quotesRepo.insertQuote(trx, { inquiryId: id, supplierId, validUntil: input.validUntil, notes: input.notes, submittedBy: actor.userId });
    if (!created) {
      throw row.status === 'closed'
        ? new Conflict('inquiries.closedForQuotes', { number: row.number })
        : new Conflict('inquiries.deadlinePassed', { number: row.number, deadline: row.quote_deadline });
    }
    await quotesRepo.insertQuoteLines(
      trx,
      input.lines.map((l) => ({
        quote_id: created.id,
        inquiry_line_id: l.inquiryLineId,
        unit_price_fen: String(l.unitPriceFen),
        tax_rate_bp: l.taxRateBp,
        delivery_days: l.deliveryDays,
        note: l.note,
      })),
    );
    await repo.markQuoting(trx, id);
    const found = await quotesRepo.quotes(trx, id, { supplierId, latestOnly: true });
    const quote = toQuotes(found, lines)[0];
    // The trail keeps who quoted which revision; the prices stay in the quote, sealed until the deadline.
    await audit(trx, actor, { action: 'inquiry.quote', entity: 'inquiry', entityId: id, after: { supplierId, revision: created.revision } });
    return quote;
  });
}

/**
 * After the deadline, every supplier's latest quote side by side: suppliers as columns, the lowest
 * price per line flagged, each supplier's penalty standing, and the price database's lowest current
 * mall price for catalogue items. Before the deadline: 409, the quotes are sealed.
 */
export async function compareQuotes(db: Knex, user: SessionUser, id: number) {
  if (!hasAnyRole(user.roles, INQUIRY_INTERNAL_ROLES)) throw new Forbidden();
  const { row } = await visibleInquiry(db, user, id);
  if (!row.open) throw new Conflict('inquiries.sealed', { deadline: row.quote_deadline });
  const lines = await repo.linesOf(db, id);
  const quotes = toQuotes(await quotesRepo.quotes(db, id, { supplierId: null, latestOnly: true }), lines);
  const invited = await repo.invitedSuppliers(db, id);
  const suppliers = await suppliersWithStanding(db, invited.map((s) => s.supplier_id));
  const lowest = lowestPerLine(quotes);
  const mall = await lowestCurrentPrices(db, lines.filter((l) => l.item_id !== null).map((l) => l.item_id!));
  return {
    inquiry: { id: row.id, number: row.number, title: row.title, status: row.status, quoteDeadline: row.quote_deadline, unitId: row.unit_id },
    suppliers: suppliers.map((s) => {
      const q = quotes.find((x) => x.supplierId === s.id);
      return {
        supplierId: s.id,
        name: s.company.legalName ?? s.shopName,
        standing: s.standing,
        eligible: s.eligible,
        quote: q ? { id: q.id, revision: q.revision, validUntil: q.validUntil, notes: q.notes, submittedAt: q.submittedAt, totalFen: q.totalFen } : null,
      };
    }),
    lines: lines.map((l) => {
      const m = l.item_id !== null ? mall.get(l.item_id) : undefined;
      return {
        ...{ id: l.id, lineNo: l.line_no, itemId: l.item_id, description: l.description, spec: l.spec, quantity: Number(l.quantity), uom: l.uom, requiredOn: l.required_on },
        mallLowest: m ? { unitPriceFen: m.unitPriceFen, shopName: m.shopName, platform: m.platform, observedOn: m.observedOn } : null,
        offers: quotes.flatMap((q) => {
          const ql = q.lines.find((x) => x.inquiryLineId === l.id);
          return ql ? [{ supplierId: q.supplierId, ...ql, lowest: (lowest.get(l.id) ?? []).includes(q.supplierId) }] : [];
        }),
      };
    }),
  };
}
