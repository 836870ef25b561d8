import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { addDays, addMonths, allocateFen, calendarDay, formatAgreementNumber, type AgreementDocumentKind, type InstalmentMethod } from '@portal/domain';
import type { SeededAdSales } from './ad-sales';

/**
 * Ad agreements (issue 14): the HQ 美的 and 北京 方太 quotes accepted in the ad seed, each made
 * into an agreement last month and signed with its scan, their flights running from last month
 * into this one, so that income is recognised for both months (db/seeds/ad-revenue.ts posts it).
 * 北京's checklist: the contract copy sent and received by HQ, the invoice copy sent and waiting.
 */

export interface SeededAgreement {
  id: number;
  number: string;
  amountFen: number;
}

export interface SeededAgreements {
  hq: SeededAgreement;
  bj: SeededAgreement;
}

/** A one-page PDF standing in for a scan: enough for the viewer to open. */
function scanPdf(title: string): Buffer {
  const text = `BT /F1 18 Tf 72 720 Td (${title}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

export async function seedAdAgreements(
  trx: Knex,
  sales: SeededAdSales,
  users: { ecom: number; bjClerk: number; bjGm: number },
  day = calendarDay(new Date()),
): Promise<SeededAgreements> {
  const lastMonth = addMonths(day.slice(0, 7), -1);

  const attach = async (agreementId: number, kind: AgreementDocumentKind, filename: string, by: number, at: string, received?: { by: number; at: string }) => {
    const bytes = scanPdf(`${kind} ${agreementId}`);
    const [file] = await trx('attachments')
      .insert({ owner_type: 'ad_agreement', owner_id: agreementId, filename, content_type: 'application/pdf', size_bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), bytes, created_by: by, created_at: at })
      .returning('id');
    await trx('ad_agreement_documents').insert({
      agreement_id: agreementId,
      kind,
      attachment_id: file.id,
      sent_by: by,
      sent_at: at,
      received_by: received?.by ?? null,
      received_at: received?.at ?? null,
    });
  };

  const make = async (
    quoteId: number,
    seq: number,
    a: { by: number; signer: number; feeStandard: string; instalments: [dueOn: string, share: number, method: InstalmentMethod][] },
  ): Promise<SeededAgreement> => {
    const q = await trx('ad_quotes as q').join('units as u', 'u.id', 'q.unit_id').where('q.id', quoteId).first('q.*', 'u.code as unit_code');
    const lines = await trx('ad_quote_lines as l').join('ad_slots as s', 's.id', 'l.slot_id').where('l.quote_id', quoteId).orderBy('l.position').select('l.*', 's.code as slot_code', 's.name as slot_name');
    const amountFen = Number(q.net_fen);
    const startsOn: string = lines.reduce((m: string, l: { starts_on: string }) => (l.starts_on < m ? l.starts_on : m), lines[0].starts_on);
    const endsOn: string = lines.reduce((m: string, l: { ends_on: string }) => (l.ends_on > m ? l.ends_on : m), lines[0].ends_on);
    // Drafted a week before the flights, signed three days before.
    const createdAt = `${addDays(startsOn, -7)}T10:00:00+08:00`;
    const signedAt = `${addDays(startsOn, -3)}T15:30:00+08:00`;
    const snapshot = {
      quoteId: q.id,
      number: q.number,
      listFen: Number(q.list_fen),
      netFen: amountFen,
      bundleShareBp: q.bundle_share_bp,
      paidShareBp: q.paid_share_bp,
      validUntil: q.valid_until,
      lines: lines.map((l: Record<string, unknown>) => ({
        position: l.position,
        slotId: l.slot_id,
        slotCode: l.slot_code,
        slotName: l.slot_name,
        startsOn: l.starts_on,
        endsOn: l.ends_on,
        units: l.units,
        cardId: l.card_id,
        cardRevision: l.card_revision,
        unitPriceFen: Number(l.unit_price_fen),
        listFen: Number(l.list_fen),
        shareBp: l.share_bp,
        netFen: Number(l.net_fen),
      })),
    };
    const number = formatAgreementNumber(q.unit_code, addDays(startsOn, -7).slice(0, 7), seq);
    const [row] = await trx('ad_agreements')
      .insert({
        number,
        quote_id: q.id,
        unit_id: q.unit_id,
        customer_id: q.customer_id,
        fee_standard: a.feeStandard,
        amount_fen: amountFen,
        quote_snapshot: JSON.stringify(snapshot),
        starts_on: startsOn,
        ends_on: endsOn,
        status: 'signed',
        signed_by: a.signer,
        signed_at: signedAt,
        created_by: a.by,
        created_at: createdAt,
        updated_at: signedAt,
        version: 3,
      })
      .returning('id');
    const shares = allocateFen(amountFen, lines.map((l: { net_fen: string | number }) => Number(l.net_fen)));
    await trx('ad_agreement_lines').insert(
      lines.map((l: { slot_id: number; starts_on: string; ends_on: string }, i: number) => ({ agreement_id: row.id, line_no: i + 1, slot_id: l.slot_id, starts_on: l.starts_on, ends_on: l.ends_on, amount_fen: shares[i] })),
    );
    const amounts = allocateFen(amountFen, a.instalments.map(([, share]) => share));
    await trx('ad_agreement_instalments').insert(a.instalments.map(([dueOn, , method], i) => ({ agreement_id: row.id, seq: i + 1, due_on: dueOn, amount_fen: amounts[i], method })));
    await attach(row.id, 'signed_copy', `${number} 签署件.pdf`, a.signer, signedAt);
    return { id: row.id, number, amountFen };
  };

  const hq = await make(sales.agreementQuotes.hq, 1, {
    by: users.ecom,
    signer: users.ecom,
    feeStandard: '按《网上商城广告报价》当月刊例价执行：搜索结果页首位推荐 7折、会员短信推送按次计费，整单 9.5折；价格含 6% 增值税。',
    // Half on signing, the rest by acceptance bill mid this month.
    instalments: [
      [`${lastMonth}-25`, 1, 'bank_transfer'],
      [`${day.slice(0, 7)}-20`, 1, 'acceptance_bill'],
    ],
  });
  const bj = await make(sales.agreementQuotes.bj, 1, {
    by: users.bjClerk,
    signer: users.bjGm,
    feeStandard: '按《网上商城广告报价》当月刊例价执行：搜索结果页首位推荐 8折、会员短信推送按次计费；价格含 6% 增值税。',
    instalments: [
      [`${lastMonth}-28`, 4, 'bank_transfer'],
      [`${day.slice(0, 7)}-25`, 6, 'bank_transfer'],
    ],
  });
  const bjRow = await trx('ad_agreements').where({ id: bj.id }).first('signed_at');
  const sent = new Date(bjRow.signed_at).toISOString();
  await attach(bj.id, 'contract_copy', `${bj.number} 合同复印件.pdf`, users.bjClerk, sent, { by: users.ecom, at: new Date(new Date(sent).getTime() + 86_400_000).toISOString() });
  await attach(bj.id, 'invoice_copy', `${bj.number} 发票复印件.pdf`, users.bjClerk, sent);

  // The agreement series of each unit and month continues after the seeded numbers.
  for (const a of [hq, bj]) {
    const row = await trx('ad_agreements').where({ id: a.id }).first('unit_id', 'number');
    const period = `${row.number.split('-')[2].slice(0, 4)}-${row.number.split('-')[2].slice(4)}`;
    await trx('document_counters').insert({ document_type: 'ad_agreement', unit_id: row.unit_id, period, last_seq: 1 }).onConflict(['document_type', 'unit_id', 'period']).merge({ last_seq: 1 });
  }
  return { hq, bj };
}
