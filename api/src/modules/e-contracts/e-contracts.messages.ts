import type { MessageTable } from '../../http/messages';

/** Registered at start by the module's manifest (e-contracts.module.ts). */
export const eContractsMessages: MessageTable = {
  'eContracts.buyerOnly': { zh: '只有采购单位的采购员可以办理', en: 'Only a clerk of the buying unit may do this' },
  'eContracts.notAParty': { zh: '您不是这份合同的签署方', en: 'You are not a party to this contract' },
  'eContracts.notAgreed': { zh: '洽谈单还未达到“双方同意”，不能生成合同', en: 'The negotiation is not agreed by both sides yet; no contract can be made from it' },
  'eContracts.notAllowedNow': { zh: '合同当前状态为“{status}”，不能这样操作', en: 'The contract is “{status}”; that cannot be done now' },
  'eContracts.alreadySigned': { zh: '您这一方已经签署过这份合同', en: 'Your side has already signed this contract' },
  'eContracts.approvalRequired': {
    zh: '合同金额达到审批金额，须经采购单位负责人审批通过后，采购方才能签署',
    en: "The contract is above the approval amount: the buying unit head's approval must come before the buyer signs",
  },
  'eContracts.hashMismatch': {
    zh: '您确认的文件摘要与合同文件不一致，请重新下载合同核对后再签署',
    en: 'The hash you confirmed is not the contract’s; download the contract again and check it before signing',
  },
  'eContracts.badHash': { zh: '请提供 64 位十六进制的 SHA-256 摘要', en: 'Give the SHA-256 as 64 hexadecimal digits' },
  'eContracts.noFile': { zh: '请上传要验证的 PDF 文件', en: 'Upload the PDF to verify' },
  'notifications.eContract.signedByOther': { zh: '对方已签署电子合同 {number}，请您签署', en: 'The other side signed e-contract {number}; your signature is awaited' },
  'notifications.eContract.signed': { zh: '电子合同 {number} 双方已签署，合同已签订', en: 'Both sides signed e-contract {number}: it is signed' },
};
