import type { MessageTable } from '../../http/messages';

/** Registered at start by the module's manifest (units.module.ts). */
export const unitsMessages: MessageTable = {
  'units.badParent': {
    zh: '“{kind}”不能放在“{parentKind}”之下',
    en: 'A {kind} cannot sit under a {parentKind}',
  },
  'units.parentRequired': { zh: '请选择上级单位', en: 'Choose the parent unit' },
  'units.parentNotFound': { zh: '上级单位不存在', en: 'The parent unit does not exist' },
  'units.cycle': { zh: '不能把单位移到它自己的下级之下', en: 'A unit cannot be moved under one of its own sub-units' },
  'units.hasActiveChildren': {
    zh: '该单位下还有 {n} 个启用的下级单位，请先停用或移走它们',
    en: 'This unit still has {n|active sub-unit; deactivate or move it|active sub-units; deactivate or move them} first',
  },
  'units.hasActiveUsers': {
    zh: '该单位下还有 {n} 个启用的用户，请先调整他们的所属单位',
    en: 'This unit still has {n|active user|active users}; move them to another unit first',
  },
  'units.codeTaken': { zh: '单位编码已被使用', en: 'This unit code is already in use' },
  'units.codeFormat': {
    zh: '编码只能包含大写字母、数字、下划线和连字符',
    en: 'Use capital letters, digits, underscores and hyphens only',
  },
  'units.rootFixed': { zh: '总部是组织的根，不能移动或停用', en: 'The head office is the root; it cannot be moved or deactivated' },
};
