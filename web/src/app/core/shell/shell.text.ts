export const SHELL_TEXT = {
  skipToContent: { zh: '跳到正文', en: 'Skip to content' },
  userMenu: { zh: '账户', en: 'Account' },
  rolesHeading: { zh: '我的角色', en: 'My roles' },
  navigation: { zh: '导航', en: 'Navigation' },
};
