/** A piece of text in both working languages; screens keep theirs in a <feature>.text.ts file. */
export interface Text {
  zh: string;
  en: string;
}

export type Lang = keyof Text;

/** Words every screen uses. */
export const COMMON = {
  appName: { zh: '采购与广告门户', en: 'Procurement & Ads Portal' },
  save: { zh: '保存', en: 'Save' },
  cancel: { zh: '取消', en: 'Cancel' },
  create: { zh: '新建', en: 'New' },
  edit: { zh: '编辑', en: 'Edit' },
  search: { zh: '搜索', en: 'Search' },
  refresh: { zh: '刷新', en: 'Refresh' },
  actions: { zh: '操作', en: 'Actions' },
  all: { zh: '全部', en: 'All' },
  yes: { zh: '是', en: 'Yes' },
  no: { zh: '否', en: 'No' },
  active: { zh: '启用', en: 'Active' },
  inactive: { zh: '停用', en: 'Inactive' },
  status: { zh: '状态', en: 'Status' },
  loading: { zh: '加载中…', en: 'Loading…' },
  noData: { zh: '暂无数据', en: 'Nothing here yet' },
  saved: { zh: '已保存', en: 'Saved' },
  signOut: { zh: '退出登录', en: 'Sign out' },
  switchLanguage: { zh: 'English', en: '中文' },
  switchLanguageHint: { zh: 'Switch to English', en: '切换到中文' },
  menu: { zh: '菜单', en: 'Menu' },
  networkError: { zh: '无法连接服务器，请检查网络后重试', en: 'Cannot reach the server; check the network and try again' },
  sessionExpired: { zh: '登录已过期，请重新登录', en: 'Your session has ended; please sign in again' },
  required: { zh: '必填', en: 'Required' },
  tooLong: { zh: '最多 {max} 个字符', en: 'At most {max} characters' },
  close: { zh: '关闭', en: 'Close' },
} satisfies Record<string, Text>;
