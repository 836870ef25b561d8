import type { MessageTable } from '../../http/messages';

/** Registered at start by the module's manifest (items.module.ts). */
export const itemsMessages: MessageTable = {
  'items.codeFormat': {
    zh: '物资编码只能包含字母、数字、点、下划线和连字符（1–32 位）',
    en: 'An item code has 1–32 letters, digits, dots, underscores or hyphens',
  },
  'items.codeTaken': { zh: '物资编码“{code}”已被使用', en: 'The item code "{code}" is already in use' },
  'items.categoryNotOfUnit': {
    zh: '“{category}”不属于{unit}的采购范围，请选择{unit}的物资类别',
    en: '"{category}" is not bought by the {unit}; choose one of its categories',
  },
  'items.notYourUnit': {
    zh: '您只能维护{units}的物资和报价；{unit}的物资请由其网络采购员维护',
    en: 'You may only keep the items and prices of {units}; items of the {unit} are kept by its own purchasing clerk',
  },
  'items.noBuyingUnit': {
    zh: '您的网络采购员角色不在办公室或供应处，不能维护物资和报价',
    en: 'Your purchasing-clerk role is not held in the General Office or the Supply Dept, so you cannot keep items or prices',
  },
  'items.nothingToChange': { zh: '没有要修改的内容', en: 'There is nothing to change' },
};
