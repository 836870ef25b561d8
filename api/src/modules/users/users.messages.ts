import type { MessageTable } from '../../http/messages';

/** Registered at start by the module's manifest (users.module.ts). */
export const usersMessages: MessageTable = {
  'users.usernameTaken': { zh: '用户名“{username}”已被使用', en: 'The username "{username}" is already taken' },
  'users.usernameFormat': {
    zh: '用户名以字母开头，只能包含字母、数字、下划线、点和连字符（2–32 位）',
    en: 'A username starts with a letter and has 2–32 letters, digits, underscores, dots or hyphens',
  },
  'users.passwordTooShort': { zh: '密码至少 {min} 位', en: 'The password needs at least {min} characters' },
  'users.unitNotFound': { zh: '所选单位不存在或已停用', en: 'The chosen unit does not exist or is inactive' },
  'users.cannotDisableSelf': { zh: '不能停用自己的账户', en: 'You cannot disable your own account' },
  'users.grantExists': { zh: '该用户在此单位已有这个角色', en: 'The user already holds this role in this unit' },
  'users.supplierContactRole': { zh: '供应商联系人请在供应商页面邀请', en: 'Invite supplier contacts from the supplier’s page' },
  'users.lastAdmin': {
    zh: '这是最后一个系统管理员，不能移除或停用，否则将无人能管理系统',
    en: 'This is the last administrator; removing it would leave nobody able to administer the portal',
  },
};
