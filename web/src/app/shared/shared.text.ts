/** Words of the shared dialogs. */
export const SHARED_TEXT = {
  confirm: { zh: '确定', en: 'Confirm' },
  minLength: { zh: '至少 {min} 个字符', en: 'At least {min} characters' },
};
