import type { MessageTable } from '../../http/messages';

/** Registered at start by the module's manifest (prices.module.ts). */
export const pricesMessages: MessageTable = {
  'prices.badMonth': { zh: '月份格式应为 2026-03', en: 'A month is written like 2026-03' },
  'prices.itemNotFound': { zh: '物资不存在', en: 'The item does not exist' },
  'prices.itemInactive': { zh: '物资“{code}”已停用，不能再录入报价', en: 'The item "{code}" is deactivated; no new prices can be recorded' },
  'prices.supplierNotFound': { zh: '供应商不存在', en: 'The supplier does not exist' },
  'prices.dateInFuture': { zh: '报价日期不能晚于今天', en: 'The price date cannot be later than today' },
  'prices.sameDay': {
    zh: '该物资在此店铺 {date} 已有一条报价；如需修改，请在原记录上“更正”',
    en: 'This item already has a price from this shop on {date}; to change it, correct that record',
  },
  'prices.alreadySuperseded': {
    zh: '这条报价已被更正过，请在最新的一条上更正',
    en: 'This price has already been corrected; correct the latest record instead',
  },
  'prices.thresholdFormat': { zh: '阈值为大于 0 的百分数，最多两位小数', en: 'The threshold is a percentage above 0 with at most two decimals' },
  'prices.rangeTooLong': { zh: '查询区间最长 {max} 个月', en: 'The range may cover at most {max} months' },
  'prices.rangeReversed': { zh: '开始月份不能晚于结束月份', en: 'The first month cannot be after the last' },

  'prices.import.noFile': { zh: '请上传 CSV 或 Excel（.xlsx）文件', en: 'Upload a CSV or Excel (.xlsx) file' },
  'prices.import.unreadable': {
    zh: '无法读取该文件，请上传 CSV 或 Excel（.xlsx）文件（可先下载导入模板）',
    en: 'The file cannot be read; upload a CSV or Excel (.xlsx) file (the import template is a good start)',
  },
  'prices.import.empty': { zh: '文件中没有数据行', en: 'The file has no data rows' },
  'prices.import.tooManyRows': { zh: '一次最多导入 {max} 行，请分批导入', en: 'At most {max} rows can be imported at once; split the file' },
  'prices.import.rejected': {
    zh: '文件中有 {count} 处错误，未导入任何数据；请按提示修改后重新上传',
    en: 'The file has {count|error|errors}, so nothing was imported; fix them and upload it again',
  },
  'prices.import.missingColumn': { zh: '缺少“{column}”列，请使用导入模板的表头', en: 'The column "{column}" is missing; use the headers of the template' },
  'prices.import.required': { zh: '必填，不能为空', en: 'Required; this cell is empty' },
  'prices.import.unknownItem': { zh: '物资编码“{value}”不存在', en: 'There is no item with the code "{value}"' },
  'prices.import.itemInactive': { zh: '物资“{value}”已停用', en: 'The item "{value}" is deactivated' },
  'prices.import.notYourUnit': {
    zh: '物资“{value}”属于{unit}，您只能导入{units}的报价',
    en: 'The item "{value}" belongs to the {unit}; you may only import prices of {units}',
  },
  'prices.import.unknownPlatform': {
    zh: '无法识别平台“{value}”，可填：{platforms}',
    en: 'Unknown platform "{value}"; use one of: {platforms}',
  },
  'prices.import.unknownShop': {
    zh: '{platform}上没有名为“{value}”的供应商，请先在供应商中添加',
    en: 'There is no supplier called "{value}" on {platform}; add it under Suppliers first',
  },
  'prices.import.badPrice': {
    zh: '“{value}”不是有效单价：请填写大于 0 的金额（元），最多两位小数',
    en: '"{value}" is not a valid price: enter an amount in yuan above 0 with at most two decimals',
  },
  'prices.import.badDate': { zh: '“{value}”不是有效日期，请按 2026-03-05 的格式填写', en: '"{value}" is not a valid date; write it like 2026-03-05' },
  'prices.import.futureDate': { zh: '日期 {value} 晚于今天', en: 'The date {value} is later than today' },
  'prices.import.badUrl': { zh: '链接须以 http:// 或 https:// 开头', en: 'A link must start with http:// or https://' },
  'prices.import.badStock': { zh: '“{value}”无法识别，请填写“是”或“否”', en: '"{value}" is not understood; write yes or no' },
  'prices.import.tooLong': { zh: '内容过长，最多 {max} 个字', en: 'Too long; at most {max} characters' },
  'prices.import.duplicateInFile': {
    zh: '与第 {other} 行重复（同一物资、店铺和日期）',
    en: 'Repeats row {other} (same item, shop and date)',
  },
  'prices.import.existing': {
    zh: '该物资在此店铺 {value} 已有报价；如需修改，请在系统中“更正”原记录',
    en: 'This item already has a price from this shop on {value}; correct that record in the portal instead',
  },
  'prices.export.sheet': { zh: '比价 {month}', en: 'Prices {month}' },
  'prices.export.fileName': { zh: '网络电商比价表-{month}.xlsx', en: 'price-comparison-{month}.xlsx' },
  'prices.export.code': { zh: '物资编码', en: 'Item code' },
  'prices.export.name': { zh: '物资名称', en: 'Item' },
  'prices.export.spec': { zh: '规格型号', en: 'Specification' },
  'prices.export.uom': { zh: '单位', en: 'Unit' },
  'prices.export.category': { zh: '类别', en: 'Category' },
  'prices.export.buyingUnit': { zh: '采购部门', en: 'Buying unit' },
  'prices.export.lowest': { zh: '最低价(元)', en: 'Lowest (yuan)' },
  'prices.export.highest': { zh: '最高价(元)', en: 'Highest (yuan)' },
  'prices.export.spread': { zh: '价差(元)', en: 'Spread (yuan)' },
  'prices.export.spreadPct': { zh: '价差率', en: 'Spread %' },
};
