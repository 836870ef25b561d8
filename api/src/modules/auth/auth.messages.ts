import type { MessageTable } from '../../http/messages';

/** Registered at start by the module's manifest (auth.module.ts). */
export const authMessages: MessageTable = {
  'auth.badCredentials': { zh: '用户名或密码错误', en: 'Wrong username or password' },
  'auth.badCredentialsRemaining': {
    zh: '用户名或密码错误，再错 {remaining} 次账户将被锁定 {minutes} 分钟',
    en: 'Wrong username or password; {remaining|more failed attempt locks|more failed attempts lock} the account for {minutes} minutes',
  },
  'auth.locked': {
    zh: '密码错误次数过多，账户已锁定，请在 {minutes} 分钟后再试，或联系管理员解锁',
    en: 'Too many failed attempts: the account is locked; try again in {minutes} minutes or ask the administrator to unlock it',
  },
  'auth.usernameRequired': { zh: '请输入用户名', en: 'Enter your username' },
  'auth.passwordRequired': { zh: '请输入密码', en: 'Enter your password' },
};
