export const HOME_TEXT = {
  greeting: { zh: '您好，{name}', en: 'Hello, {name}' },
  intro: {
    zh: '今天要处理的事项如下，点击即可前往；其他功能在菜单中。',
    en: 'What needs you today is below, one click away; everything else is in the menu.',
  },
  todo: { zh: '待办事项', en: 'To do' },
  nothingToDo: { zh: '您的角色暂无待办卡片。', en: 'Your roles have no to-do cards.' },
  cardsFailed: { zh: '待办事项加载失败。', en: 'The to-do list could not be loaded.' },
  cardFailed: { zh: '加载失败', en: 'Could not load' },
  retry: { zh: '重试', en: 'Retry' },
  open: { zh: '查看', en: 'Open' },
  ofTotal: { zh: '共 {total} 项', en: 'of {total}' },
  shortcuts: { zh: '常用功能', en: 'Shortcuts' },
  yourRoles: { zh: '您的角色', en: 'Your roles' },
  noRoles: {
    zh: '您还没有任何角色，请联系系统管理员分配。',
    en: 'You hold no role yet; ask the administrator to grant you one.',
  },
};
