import { registerMessages } from '../../http/messages';

registerMessages({
  'adSlots.codeTaken': { zh: '广告位编号“{code}”已被使用', en: 'The slot code "{code}" is already in use' },
  'adSlots.badCode': { zh: '编号只能使用字母、数字、短横线和下划线', en: 'Use letters, digits, - and _ only in the code' },
});
