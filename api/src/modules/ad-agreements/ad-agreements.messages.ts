import type { MessageTable } from '../../http/messages';

/** Registered at start by the module's manifest (ad-agreements.module.ts). */
export const adAgreementsMessages: MessageTable = {
  'adAgreements.quoteNotAccepted': {
    zh: '报价单 {number} 当前为“{status}”，只有客户已接受的报价单才能签订协议',
    en: 'Quote {number} is {status}; only a quote the customer accepted can become an agreement',
  },
  'adAgreements.quoteHasAgreement': { zh: '报价单 {number} 已签订协议 {agreement}，一份报价单只能签订一份协议', en: 'Quote {number} already has agreement {agreement}; a quote makes one agreement only' },
  'adAgreements.quoteHasNoLines': { zh: '报价单没有投放明细，不能签订协议', en: 'The quote has no placements, so no agreement can be made from it' },
  'adAgreements.notYourUnit': { zh: '您不能以“{unit}”的名义起草协议', en: 'You cannot draft agreements on behalf of {unit}' },
  'adAgreements.notSigner': {
    zh: '{unit}的协议由{signer}签署',
    en: 'Agreements of {unit} are signed by the {signer}',
  },
  'adAgreements.signer.branch': { zh: '分部总经理', en: 'branch general manager' },
  'adAgreements.signer.hq': { zh: '总部电子商务部', en: 'HQ E-commerce Dept' },
  'adAgreements.notAllowedNow': { zh: '协议当前状态为“{status}”，不能{action}', en: 'The agreement is {status}; you cannot {action} it now' },
  'adAgreements.action.edit': { zh: '修改', en: 'edit' },
  'adAgreements.action.sign': { zh: '签署', en: 'sign' },
  'adAgreements.action.terminate': { zh: '终止', en: 'terminate' },
  'adAgreements.action.attach': { zh: '上传资料', en: 'upload documents to' },
  'adAgreements.instalmentsSum': {
    zh: '收款计划合计 ¥{scheduled}，与协议金额 ¥{amount} 不符（相差 ¥{difference}）',
    en: 'The instalments add up to ¥{scheduled}, not the agreement amount of ¥{amount} (a difference of ¥{difference})',
  },
  'adAgreements.noScan': { zh: '请上传签署后的协议扫描件（PDF、PNG 或 JPEG）', en: 'Upload the scan of the signed agreement (PDF, PNG or JPEG)' },
  'adAgreements.noFile': { zh: '请选择要上传的文件（PDF、PNG 或 JPEG）', en: 'Choose a file to upload (PDF, PNG or JPEG)' },
  'adAgreements.reasonRequired': { zh: '请填写终止原因', en: 'Give the reason for terminating' },
  'adAgreements.terminateRange': {
    zh: '终止日期应在 {from} 至 {to} 之间：须早于原定的投放结束日，且不早于投放开始的前一天',
    en: 'The end date must be between {from} and {to}: before the agreed last day, and no earlier than the day before the placements start',
  },
  'adAgreements.terminateRecognised': {
    zh: '{period} 的收入已确认，终止日期不能早于 {lastDay}；如需更早终止，请先由财务冲销该月收入',
    en: 'Income for {period} is already recognised, so the end date cannot be before {lastDay}; to end earlier, ask finance to reverse that month first',
  },
  'adAgreements.notBranch': { zh: '总部协议没有分部资料清单', en: 'An HQ agreement has no branch documents checklist' },
  'adAgreements.notReceiver': { zh: '只有总部电子商务部可以确认收到分部资料', en: 'Only HQ E-commerce Dept can mark branch documents received' },
  'adAgreements.nothingToReceive': { zh: '“{kind}”尚未上传或已确认收到', en: '“{kind}” has not been uploaded yet or is already marked received' },
  // Workbench cards
  'adAgreements.card.toSign': { zh: '待签署的广告协议', en: 'Ad agreements to sign' },
  'adAgreements.card.toSignHint': { zh: '草稿协议，签署时请上传签字盖章后的扫描件', en: 'Draft agreements; upload the signed scan when signing' },
  'adAgreements.card.copies': { zh: '待确认收到的分部资料', en: 'Branch documents to receive' },
  'adAgreements.card.copiesHint': { zh: '分部已上传合同、发票复印件或广告素材', en: 'Contract or invoice copies and ad materials sent by branches' },
};
