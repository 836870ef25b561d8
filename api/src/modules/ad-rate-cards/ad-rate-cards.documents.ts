import type { Knex } from 'knex';
import type { Response } from 'express';
import { AD_PRICING_UNIT_NOUNS } from '@portal/domain';
import { displayTime, PDF, sendAttachment, XLSX } from '../../http/download';
import type { Lang } from '../../http/lang';
import { t } from '../../http/messages';
import type { SessionUser } from '../../http/session';
import { renderRateCardPdf } from '../ad-documents/rate-card.pdf';
import type { RateCardDocumentView } from '../ad-documents/ad-documents.views';
import { renderRateCardXlsx } from '../ad-documents/rate-card.xlsx';
import { readCard } from './ad-rate-cards.service';

export async function rateCardDocumentView(db: Knex, viewer: SessionUser, lang: Lang, id: number): Promise<RateCardDocumentView> {
  const card = await readCard(db, viewer, id);
  return {
    lang,
    issuingUnitName: t('adRateCards.doc.issuer', lang),
    month: card.month,
    revision: card.revision,
    status: card.status,
    statusLabel: t(`adRateCards.status.${card.status}`, lang),
    publishedAt: card.publishedAt ? displayTime(card.publishedAt) : null,
    publishedBy: card.publishedBy?.name ?? null,
    note: card.note || null,
    rows: card.prices.map((p) => ({
      code: p.code,
      name: p.name,
      page: p.page,
      format: p.format,
      size: p.size,
      pricingUnitLabel: AD_PRICING_UNIT_NOUNS[p.pricingUnit][lang],
      exclusive: p.exclusive,
      priceFen: p.priceFen,
    })),
  };
}

/** 广告报价表-2026-12-r1.pdf (contract), the month and revision in the name so printed copies are told apart. */
export async function downloadRateCard(db: Knex, res: Response, viewer: SessionUser, lang: Lang, id: number, kind: 'pdf' | 'xlsx'): Promise<void> {
  const view = await rateCardDocumentView(db, viewer, lang, id);
  const body = kind === 'pdf' ? await renderRateCardPdf(view) : await renderRateCardXlsx(view);
  const stem = `${view.month}-r${view.revision}.${kind}`;
  sendAttachment(res, body, `${lang === 'zh' ? '广告报价表' : 'ad-rate-card'}-${stem}`, `ad-rate-card-${stem}`, kind === 'pdf' ? PDF : XLSX);
}
