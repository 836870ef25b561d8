/** Words of the shared dialogs. */
export const SHARED_TEXT = {
  confirm: { zh: '确定', en: 'Confirm' },
  minLength: { zh: '至少 {min} 个字符', en: 'At least {min} characters' },
  showPassword: { zh: '显示密码', en: 'Show password' },
  hidePassword: { zh: '隐藏密码', en: 'Hide password' },
};
