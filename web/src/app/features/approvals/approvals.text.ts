import { DOCUMENT_TYPE_LABELS } from '@portal/domain';
import type { Text } from '../../core/i18n/text';

/** Words of the approval screens; statuses, actions and scopes come from @portal/domain's labels. */
export const APPROVALS_TEXT = {
  title: { zh: '审批中心', en: 'Approvals' },
  waitingTab: { zh: '待我审批', en: 'Waiting for me' },
  submittedTab: { zh: '我提交的', en: 'Submitted by me' },
  delegationsLink: { zh: '委托代审', en: 'Delegations' },
  documentType: { zh: '单据类型', en: 'Document type' },
  anyType: { zh: '全部类型', en: 'All types' },
  anyStatus: { zh: '全部状态', en: 'Any status' },
  document: { zh: '单据', en: 'Document' },
  unit: { zh: '所属单位', en: 'Unit' },
  amount: { zh: '金额', en: 'Amount' },
  paidShare: { zh: '折扣', en: 'Discount' },
  submitter: { zh: '提交人', en: 'Submitted by' },
  submittedAt: { zh: '提交时间', en: 'Submitted' },
  decidedAt: { zh: '完成时间', en: 'Decided' },
  currentStep: { zh: '当前步骤', en: 'Current step' },
  stepOf: { zh: '第 {position} 步 · {role}', en: 'Step {position} · {role}' },
  onBehalfOf: { zh: '代 {name} 审批', en: 'on behalf of {name}' },
  emptyInbox: { zh: '没有等待您审批的单据', en: 'Nothing is waiting for you' },
  emptySubmitted: { zh: '您还没有提交过需要审批的单据', en: 'You have not submitted anything for approval yet' },
  open: { zh: '查看', en: 'Open' },

  // Request page
  back: { zh: '返回审批中心', en: 'Back to approvals' },
  requestTitle: { zh: '审批单 #{id}', en: 'Approval #{id}' },
  openDocument: { zh: '查看单据', en: 'Open the document' },
  round: { zh: '第 {round} 轮', en: 'Round {round}' },
  chain: { zh: '审批流程', en: 'Approval chain' },
  timeline: { zh: '审批记录', en: 'Timeline' },
  noTimeline: { zh: '还没有审批记录', en: 'No actions yet' },
  actingFor: { zh: '您正代 {name} 审批这一步', en: 'You are acting on behalf of {name} for this step' },
  submittedBy: { zh: '{name} 于 {at} 提交', en: 'Submitted by {name} on {at}' },
  notFound: { zh: '没有找到这条审批，或您无权查看', en: 'This approval does not exist or is not yours to see' },
  staleReloaded: {
    zh: '该审批已被他人处理，页面已刷新为最新状态',
    en: 'Someone else acted on this approval first; the page now shows where it stands',
  },
  done: { zh: '已{action}', en: 'Done: {action}' },
  stepSkipped: { zh: '不适用，已跳过', en: 'Skipped (does not apply)' },
  stepCurrent: { zh: '等待审批', en: 'Waiting' },
  stepWaiting: { zh: '未开始', en: 'Not yet' },
  stepNotReached: { zh: '未到达', en: 'Not reached' },
  stepApproved: { zh: '已同意', en: 'Approved' },
  stepRejected: { zh: '已驳回', en: 'Rejected' },
  stepReturned: { zh: '已退回', en: 'Returned' },
  stepLabel: { zh: '第 {position} 步', en: 'Step {position}' },

  // Action dialog
  approve: { zh: '同意', en: 'Approve' },
  reject: { zh: '驳回', en: 'Reject' },
  return: { zh: '退回修改', en: 'Return for changes' },
  withdraw: { zh: '撤回', en: 'Withdraw' },
  approveTitle: { zh: '同意“{title}”', en: 'Approve “{title}”' },
  rejectTitle: { zh: '驳回“{title}”', en: 'Reject “{title}”' },
  returnTitle: { zh: '退回“{title}”修改', en: 'Return “{title}” for changes' },
  withdrawTitle: { zh: '撤回“{title}”', en: 'Withdraw “{title}”' },
  rejectHint: { zh: '驳回后审批结束，单据不能再提交。', en: 'Rejecting ends the approval; the document cannot be submitted again.' },
  returnHint: { zh: '单据退回提交人修改，重新提交后从第一步开始审批。', en: 'The submitter edits the document; resubmitting starts the chain again.' },
  withdrawHint: { zh: '撤回后可修改单据并重新提交。', en: 'You can edit the document and submit it again afterwards.' },
  comment: { zh: '审批意见', en: 'Comment' },
  commentOptional: { zh: '审批意见（选填）', en: 'Comment (optional)' },
  commentRequired: { zh: '请填写意见，说明原因', en: 'Enter a comment saying why' },
  commentTooLong: { zh: '最多 {max} 个字', en: 'At most {max} characters' },

  // Delegations
  delegationsTitle: { zh: '委托代审', en: 'Delegations' },
  delegationsIntro: {
    zh: '外出期间，可指定一位同事在某段日期内代您审批；审批记录会注明“代您审批”。同一时间只能有一项委托。',
    en: 'While you are away, name a colleague to act on your approvals for a date range; the timeline says “on behalf of” you. One delegation at a time.',
  },
  delegate: { zh: '被委托人', en: 'Delegate' },
  delegateHint: { zh: '输入姓名或用户名查找', en: 'Type a name or username' },
  delegateNoMatch: { zh: '没有找到匹配的同事', en: 'Nobody matches' },
  delegateUnavailable: {
    zh: '暂时无法查找同事，请稍后再试或联系系统管理员',
    en: 'The staff directory is not available; try later or ask the administrator',
  },
  startsOn: { zh: '开始日期', en: 'From' },
  endsOn: { zh: '结束日期', en: 'To' },
  addDelegation: { zh: '添加委托', en: 'Add delegation' },
  given: { zh: '我委托的', en: 'Given by me' },
  received: { zh: '委托给我的', en: 'Given to me' },
  from: { zh: '委托人', en: 'From' },
  to: { zh: '被委托人', en: 'To' },
  period: { zh: '期间', en: 'Period' },
  activeNow: { zh: '生效中', en: 'Active' },
  scheduled: { zh: '未开始', en: 'Scheduled' },
  remove: { zh: '取消委托', en: 'Remove' },
  removeTitle: { zh: '取消委托', en: 'Remove delegation' },
  removeMessage: {
    zh: '取消 {name} 在 {startsOn} 至 {endsOn} 期间的代审委托？',
    en: 'Remove the delegation to {name} from {startsOn} to {endsOn}?',
  },
  delegationAdded: { zh: '已委托 {name} 代为审批', en: '{name} will act on your approvals' },
  delegationRemoved: { zh: '已取消委托', en: 'Delegation removed' },
  noDelegations: { zh: '暂无委托', en: 'No delegations' },
  endBeforeStart: { zh: '结束日期不能早于开始日期', en: 'The end date cannot be before the start date' },

  // Policies
  policiesTitle: { zh: '审批流程', en: 'Approval policies' },
  policiesTab: { zh: '审批流程', en: 'Approval chains' },
  discountTab: { zh: '广告折扣权限', en: 'Ad discount authority' },
  readOnly: { zh: '只读：内部审计可查看，不能修改', en: 'Read-only: internal audit can look, not change' },
  policiesIntro: {
    zh: '每类单据按顺序逐步审批；条件不满足的步骤自动跳过，最后一步同意后单据才算通过。',
    en: 'Each document type is approved step by step in order; steps whose condition does not hold are skipped, and only the last step’s approval approves the document.',
  },
  notRegistered: {
    zh: '该类单据的功能尚未上线，流程可查看，暂不能修改',
    en: 'This document type’s module is not installed yet: the policy can be read, not changed',
  },
  noPolicy: { zh: '尚未配置流程：提交时将无法审批', en: 'No policy yet: documents of this type cannot be submitted' },
  noSteps: { zh: '没有审批步骤：提交即通过', en: 'No steps: submitting approves at once' },
  step: { zh: '第 {position} 步', en: 'Step {position}' },
  role: { zh: '审批角色', en: 'Approving role' },
  unitScope: { zh: '取自', en: 'Taken from' },
  origin: { zh: '适用单据', en: 'Applies to' },
  condition: { zh: '条件', en: 'Condition' },
  conditionAlways: { zh: '始终', en: 'Always' },
  conditionAmount: { zh: '金额 ≥', en: 'Amount ≥' },
  conditionShare: { zh: '折扣低于', en: 'Paid share below' },
  conditionOverBudget: { zh: '有部门超出预算（超支提醒）', en: 'A department is over a warn-controlled budget' },
  amountAtLeast: { zh: '金额 ≥ {amount}', en: 'Amount ≥ {amount}' },
  paidShareBelow: { zh: '低于 {zhe}（付费比例 < {percent}）', en: 'Below {zhe}' },
  yuan: { zh: '元', en: 'yuan' },
  zhe: { zh: '折', en: '折' },
  addStep: { zh: '添加步骤', en: 'Add step' },
  moveUp: { zh: '上移', en: 'Move up' },
  moveDown: { zh: '下移', en: 'Move down' },
  removeStep: { zh: '删除步骤', en: 'Remove step' },
  undo: { zh: '放弃修改', en: 'Discard changes' },
  policySaved: { zh: '“{type}”的审批流程已保存', en: 'The policy for {type} is saved' },
  policyStale: {
    zh: '该流程已被他人修改，已重新加载，请核对后再改',
    en: 'Someone else changed this policy; it has been reloaded, check it and edit again',
  },
  invalidNumber: { zh: '请输入有效数字', en: 'Enter a valid number' },
  shareRange: { zh: '请输入 0.1 到 10 之间的折数', en: 'Enter a 折 between 0.1 and 10' },
  updatedAt: { zh: '最近修改 {at}', en: 'Last changed {at}' },

  // Discount authority
  discountIntro: {
    zh: '报价员按折扣定价：在本人权限内的折扣直接通过，更低的折扣依次送分部总经理、总部中心总经理审批；低于底线的折扣不能报价。',
    en: 'A quoter may give a discount down to their own limit; deeper ones go to the branch GM and then the HQ centre GM; nothing may go below the floor.',
  },
  floor: { zh: '最低折扣（底线）', en: 'Floor (deepest discount)' },
  authorityOf: { zh: '各角色可自行决定的最低折扣', en: 'The deepest discount each role may give on its own' },
  discountSaved: { zh: '广告折扣权限已保存', en: 'The ad discount authority is saved' },
  discountStale: {
    zh: '折扣权限已被他人修改，已重新加载',
    en: 'Someone else changed the discount authority; it has been reloaded',
  },
  discountUnavailable: { zh: '无法读取广告折扣权限', en: 'The ad discount authority cannot be read' },
  retry: { zh: '重试', en: 'Retry' },
} satisfies Record<string, Text>;

/** The dialog's title, hint and button per action. */
export const ACTION_TEXT = {
  approve: { title: APPROVALS_TEXT.approveTitle, button: APPROVALS_TEXT.approve, hint: null },
  reject: { title: APPROVALS_TEXT.rejectTitle, button: APPROVALS_TEXT.reject, hint: APPROVALS_TEXT.rejectHint },
  return: { title: APPROVALS_TEXT.returnTitle, button: APPROVALS_TEXT.return, hint: APPROVALS_TEXT.returnHint },
  withdraw: { title: APPROVALS_TEXT.withdrawTitle, button: APPROVALS_TEXT.withdraw, hint: APPROVALS_TEXT.withdrawHint },
} as const;

export const STEP_STATE_TEXT = {
  skipped: APPROVALS_TEXT.stepSkipped,
  current: APPROVALS_TEXT.stepCurrent,
  waiting: APPROVALS_TEXT.stepWaiting,
  notReached: APPROVALS_TEXT.stepNotReached,
  approved: APPROVALS_TEXT.stepApproved,
  rejected: APPROVALS_TEXT.stepRejected,
  returned: APPROVALS_TEXT.stepReturned,
} as const;

/**
 * Document types for the inbox filter before any row has shown its own label;
 * the API's typeLabel wins for types it names (document modules register theirs).
 */
export const KNOWN_DOCUMENT_TYPES: Record<string, Text> = DOCUMENT_TYPE_LABELS;
