export const HOME_TEXT = {
  greeting: { zh: '您好，{name}', en: 'Hello, {name}' },
  intro: {
    zh: '从左侧菜单进入您有权使用的功能。',
    en: 'Open what your roles allow from the menu on the left.',
  },
  yourRoles: { zh: '您的角色', en: 'Your roles' },
  noRoles: {
    zh: '您还没有任何角色，请联系系统管理员分配。',
    en: 'You hold no role yet; ask the administrator to grant you one.',
  },
};
