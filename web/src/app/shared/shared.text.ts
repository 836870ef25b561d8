/** Words of the shared dialogs and the list frame. */
export const SHARED_TEXT = {
  confirm: { zh: '确定', en: 'Confirm' },
  clearSearch: { zh: '清除搜索', en: 'Clear search' },
  clearFilters: { zh: '清除筛选', en: 'Clear filters' },
  loadFailed: { zh: '列表加载失败，请点击刷新重试', en: 'The list could not be loaded; refresh to try again' },
  prevMonth: { zh: '上个月', en: 'Previous month' },
  nextMonth: { zh: '下个月', en: 'Next month' },
  minLength: { zh: '至少 {min} 个字符', en: 'At least {min} characters' },
  showPassword: { zh: '显示密码', en: 'Show password' },
  hidePassword: { zh: '隐藏密码', en: 'Hide password' },
  // The row errors of a refused spreadsheet import.
  row: { zh: '行号', en: 'Row' },
  column: { zh: '列', en: 'Column' },
  message: { zh: '错误说明', en: 'Problem' },
  nameEn: { zh: '英文名称（选填）', en: 'English name (optional)' },
  nameEnHint: { zh: '英文界面显示此名称；不填则显示中文名称', en: 'Shown when the app is in English; without it the Chinese name shows' },
};
