import type { DatabaseProblem } from '../../http/db-problems';
import type { MessageTable } from '../../http/messages';

/** Registered at start by the module's manifest (inquiries.module.ts). */
export const inquiriesMessages: MessageTable = {
  'inquiries.notYourUnit': { zh: '只能为本人负责的采购单位发询价单', en: 'You can send inquiries only for a buying unit you are the clerk of' },
  'inquiries.duplicateSupplier': { zh: '同一供应商不能重复邀请', en: 'A supplier is invited only once' },
  'inquiries.noSuchSupplier': { zh: '没有这个供应商', en: 'There is no such supplier' },
  'inquiries.supplierNotEligible': {
    zh: '“{shop}”已停用、暂停或终止合作，不能邀请报价',
    en: '"{shop}" is deactivated, suspended or terminated and cannot be invited to quote',
  },
  'inquiries.supplierHasNoContact': {
    zh: '“{shop}”还没有联系人，请先在供应商页面邀请联系人',
    en: '"{shop}" has no contact yet: invite one from the supplier’s page first',
  },
  'inquiries.noSuchItem': { zh: '没有这个物资', en: 'There is no such item' },
  'inquiries.descriptionRequired': { zh: '请填写物资名称', en: 'Enter what is wanted' },
  'inquiries.uomRequired': { zh: '请填写计量单位', en: 'Enter the unit of measure' },
  'inquiries.deadlineTooSoon': { zh: '报价截止时间至少在 {minutes} 分钟之后', en: 'The quote deadline must be at least {minutes} minutes from now' },
  'inquiries.alreadyClosed': { zh: '询价单 {number} 已关闭', en: 'Inquiry {number} is already closed' },
  'inquiries.notInquiryLine': { zh: '这一行不属于本询价单', en: 'This line is not part of the inquiry' },
  'inquiries.lineQuotedTwice': { zh: '同一行只能报一个价', en: 'Each line takes one price' },
  'inquiries.validUntilPast': { zh: '报价有效期不能早于今天', en: 'The quote cannot be valid only until a past day' },
  'inquiries.deadlinePassed': {
    zh: '询价单 {number} 已过报价截止时间，报价不能再提交或修改',
    en: 'The quote deadline of inquiry {number} has passed: quotes can no longer be submitted or changed',
  },
  'inquiries.noMoreQuotes': { zh: '已过报价截止时间或询价单已关闭，不再接受报价', en: 'The quote deadline has passed or the inquiry is closed: no more quotes are taken' },
  'inquiries.closedForQuotes': { zh: '询价单 {number} 已关闭，不再接受报价', en: 'Inquiry {number} is closed and takes no more quotes' },
  'inquiries.sealed': {
    zh: '报价截止前各家报价保密，截止后才能比价',
    en: 'Quotes stay sealed until the deadline; compare them once it has passed',
  },
  'inquiries.quotesKept': { zh: '报价提交后不能更改，只能重新报价', en: 'A submitted quote is kept as it is; submit a new revision instead' },
  'notifications.inquiry.invited': {
    zh: '询价单 {number}“{title}”邀请贵司报价，截止时间 {deadline}',
    en: 'Inquiry {number} "{title}" invites your company to quote by {deadline}',
  },
};

/** The database's own refusals (migration 20261130_11), as problems. */
export const inquiriesDatabaseProblems: Record<string, DatabaseProblem> = {
  inquiry_quotes_deadline: { status: 409, key: 'inquiries.noMoreQuotes' },
  inquiry_quotes_append_only: { status: 409, key: 'inquiries.quotesKept' },
};
