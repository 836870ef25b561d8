import type { MessageTable } from '../../http/messages';

/** Registered at start by the module's manifest (approvals.module.ts). */
export const approvalsMessages: MessageTable = {
  'approvals.noPolicy': {
    zh: '“{type}”还没有配置审批流程，暂不能提交；请联系系统管理员',
    en: 'No approval policy is set up for {type} yet, so it cannot be submitted; ask the administrator',
  },
  'approvals.noApprover': {
    zh: '无法提交：第 {position} 步需要{unit}的“{role}”审批，但除您本人外没有人担任该角色（不能审批自己提交的单据）。请联系系统管理员指定审批人',
    en: 'Cannot submit: step {position} needs the {role} of {unit}, but nobody other than you holds that role (nobody approves their own submission); ask the administrator to assign an approver',
  },
  'approvals.noBranch': {
    zh: '第 {position} 步由分部审批，但该单据不属于任何分部；请联系系统管理员检查审批流程',
    en: 'Step {position} is approved by a branch, but this document belongs to no branch; ask the administrator to check the policy',
  },
  'approvals.alreadyPending': {
    zh: '该单据已提交，正在审批中',
    en: 'This document has already been submitted and is being approved',
  },
  'approvals.alreadyDecided': {
    zh: '该单据的审批已结束（{status}），不能再次提交',
    en: 'Approval of this document has ended ({status}); it cannot be submitted again',
  },
  'approvals.alreadyActed': {
    zh: '该审批已被他人处理，请刷新后查看',
    en: 'Someone else has already acted on this approval; refresh to see it',
  },
  'approvals.notAllowedNow': {
    zh: '该审批当前为“{status}”，不能再进行此操作，请刷新后查看',
    en: 'This approval is now {status}; this action is no longer possible. Refresh to see it',
  },
  'approvals.notYourTurn': {
    zh: '还没轮到您：该审批正在等待第 {position} 步（{unit}的“{role}”）',
    en: 'It is not your turn yet: this approval is waiting for step {position} (the {role} of {unit})',
  },
  'approvals.notYourStep': {
    zh: '当前这一步不由您审批',
    en: 'The current step is not yours to approve',
  },
  'approvals.ownSubmission': {
    zh: '不能审批自己提交的单据',
    en: 'You cannot approve your own submission',
  },
  'approvals.alreadySigned': {
    zh: '您已审批过本轮的前一步，下一步需由另一位审批人审批',
    en: 'You approved an earlier step of this round; the next step needs someone else',
  },
  'approvals.onlySubmitterWithdraws': {
    zh: '只有提交人可以撤回',
    en: 'Only the submitter can withdraw it',
  },
  'approvals.commentRequired': {
    zh: '请填写意见，说明原因',
    en: 'Enter a comment saying why',
  },
  'approvals.lockedPending': {
    zh: '该单据正在审批中，不能修改；如需修改，请先撤回',
    en: 'This document is being approved and cannot be changed; withdraw it first to edit it',
  },
  'approvals.lockedApproved': {
    zh: '该单据已审批通过，不能再修改',
    en: 'This document has been approved and can no longer be changed',
  },
  'approvals.lockedRejected': {
    zh: '该单据已被驳回，不能再修改',
    en: 'This document was rejected and can no longer be changed',
  },
  'approvals.unknownType': {
    zh: '没有这种需要审批的单据类型',
    en: 'There is no such document type for approval',
  },
  'approvals.policy.branchScopeNeedsBranchOrigin': {
    zh: '由“单据所属分部”审批的步骤只能用于分部单据',
    en: "A step approved by the document's branch can only apply to branch documents",
  },
  'approvals.policy.factNotStated': {
    zh: '该单据类型不提供这个条件所需的数据',
    en: 'This document type does not state what this condition tests',
  },
  'approvals.policy.tooManySteps': {
    zh: '审批步骤最多 {max} 步',
    en: 'A policy has at most {max} steps',
  },
  'approvals.delegateSelf': { zh: '不能委托给自己', en: 'You cannot delegate to yourself' },
  'approvals.delegateNotFound': {
    zh: '被委托人不存在或已停用',
    en: 'The delegate does not exist or is disabled',
  },
  'approvals.delegationRange': {
    zh: '结束日期不能早于开始日期',
    en: 'The end date cannot be before the start date',
  },
  'approvals.delegationPast': {
    zh: '结束日期已过，委托不会生效',
    en: 'The end date has passed; the delegation would never apply',
  },
  'approvals.delegationOverlap': {
    zh: '该期间已有委托（{startsOn} 至 {endsOn}，委托给 {to}），请先取消或调整日期',
    en: 'You already have a delegation in this period ({startsOn} to {endsOn}, to {to}); cancel it or change the dates',
  },

  // Notifications the engine sends (rendered by the notifications module in the reader's language).
  'notifications.approval.submitted': {
    zh: '{submitter} 提交的{type}“{title}”等待您审批（第 {position} 步：{role}）',
    en: '{type} "{title}" from {submitter} is waiting for your approval (step {position}: {role})',
  },
  'notifications.approval.approved': {
    zh: '您提交的{type}“{title}”已审批通过',
    en: 'Your {type} "{title}" has been approved',
  },
  'notifications.approval.rejected': {
    zh: '您提交的{type}“{title}”被 {actor} 驳回：{comment}',
    en: 'Your {type} "{title}" was rejected by {actor}: {comment}',
  },
  'notifications.approval.returned': {
    zh: '您提交的{type}“{title}”被 {actor} 退回修改：{comment}',
    en: '{actor} returned your {type} "{title}" for changes: {comment}',
  },
  'notifications.approval.delegated': {
    zh: '{from} 委托您在 {startsOn} 至 {endsOn} 期间代为审批',
    en: '{from} has asked you to act on their approvals from {startsOn} to {endsOn}',
  },
};
