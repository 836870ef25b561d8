/** Words of the page where a supplier contact sets its password with its one-time link (issue 15). */
export const SET_PASSWORD_TEXT = {
  title: { zh: '设置密码', en: 'Set your password' },
  greeting: { zh: '{name}（{supplier}），您好：请为账号 {username} 设置密码', en: 'Hello {name} ({supplier}): set a password for the account {username}' },
  expires: { zh: '此链接仅可使用一次，有效期至 {at}', en: 'This link works once, until {at}' },
  password: { zh: '新密码', en: 'New password' },
  confirm: { zh: '再次输入新密码', en: 'New password again' },
  tooShort: { zh: '密码至少 {min} 位', en: 'At least {min} characters' },
  mismatch: { zh: '两次输入的密码不一致', en: 'The two passwords differ' },
  submit: { zh: '设置密码', en: 'Set password' },
  done: { zh: '密码已设置，请用账号 {username} 登录', en: 'Password set: sign in as {username}' },
  invalid: {
    zh: '链接无效、已使用或已过期（72 小时），请联系采购员重新发送',
    en: 'This link is invalid, used or expired (72 hours); ask the purchasing clerk for a new one',
  },
  toLogin: { zh: '去登录', en: 'Go to sign in' },
};
