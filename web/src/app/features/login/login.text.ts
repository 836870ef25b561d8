export const LOGIN_TEXT = {
  title: { zh: '登录', en: 'Sign in' },
  subtitle: { zh: '采购计划 · 供应商价格 · 广告报价 · 广告收入', en: 'Purchase plans · supplier prices · ad quotes · ad income' },
  username: { zh: '用户名', en: 'Username' },
  password: { zh: '密码', en: 'Password' },
  submit: { zh: '登录', en: 'Sign in' },
  signingIn: { zh: '正在登录…', en: 'Signing in…' },
};
