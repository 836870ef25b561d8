import { fillCounts } from '@portal/domain';
import type { Lang } from './lang';

/**
 * Every message a person can read in an API response, keyed, in both languages.
 * Errors carry a key and parameters; the problem middleware renders them in the
 * caller's language. Modules add their own keys with registerMessages().
 */
export type MessageTable = Record<string, { zh: string; en: string }>;

const messages: MessageTable = {
  'problem.title.invalid': { zh: '输入有误', en: 'Invalid input' },
  'problem.title.unauthenticated': { zh: '未登录', en: 'Not signed in' },
  'problem.title.forbidden': { zh: '无权限', en: 'Not allowed' },
  'problem.title.notFound': { zh: '未找到', en: 'Not found' },
  'problem.title.conflict': { zh: '冲突', en: 'Conflict' },
  'problem.title.tooLarge': { zh: '内容过大', en: 'Too large' },
  'problem.title.locked': { zh: '已锁定', en: 'Locked' },
  'problem.title.internal': { zh: '服务器错误', en: 'Server error' },
  'problem.title.unavailable': { zh: '服务不可用', en: 'Unavailable' },
  'problem.badSort': { zh: '不支持按该字段排序', en: 'Sorting by this field is not supported' },
  'problem.badRequest': { zh: '请求有误', en: 'Bad request' },
  'problem.validation': { zh: '输入有误，请检查标出的字段', en: 'Some fields need your attention' },
  'problem.nulChar': { zh: '不能包含空字符（\\u0000）', en: 'Must not contain a NUL character (\\u0000)' },
  // Both usually come in with copied text; the clerk needs to know what to do, not the code point.
  'problem.loneSurrogate': { zh: '含有无法保存的乱码字符（常由复制粘贴带入），请删掉后重新输入', en: 'Contains a garbled character that cannot be saved (often from copy and paste); delete it and type the text again' },
  'problem.bidiControl': { zh: '含有看不见的文字方向控制符（常由复制粘贴带入），请删掉后重新输入', en: 'Contains an invisible text-direction control character (often from copy and paste); delete it and type the text again' },
  'problem.badDate': { zh: '日期无效', en: 'Not a valid date' },
  'problem.invalidJson': { zh: '请求内容不是有效的 JSON', en: 'The request body is not valid JSON' },
  'problem.jsonNotObject': { zh: '请求内容须是一个 JSON 对象（{ … }）', en: 'The request body must be a JSON object ({ … })' },
  'problem.tooLarge': { zh: '请求内容过大', en: 'The request is too large' },
  'problem.unauthenticated': { zh: '请先登录', en: 'Please sign in' },
  'problem.forbidden': { zh: '您没有执行此操作的权限', en: 'You are not allowed to do this' },
  'problem.csrf': {
    zh: '页面已过期，请刷新后重试',
    en: 'This page has expired; refresh it and try again',
  },
  'problem.notFound': { zh: '找不到该记录，可能已被删除', en: 'The record was not found; it may have been removed' },
  'problem.routeNotFound': { zh: '没有这个接口', en: 'There is no such endpoint' },
  'problem.conflict': { zh: '操作冲突', en: 'Conflict' },
  'problem.staleVersion': {
    zh: '该记录已被他人修改，请刷新后再改',
    en: 'Someone else changed this record; reload it and try again',
  },
  'problem.duplicate': { zh: '已存在相同的记录', en: 'A record like this already exists' },
  'problem.internal': {
    zh: '服务器出错了，请稍后重试；如问题持续，请把请求编号 {requestId} 告诉管理员',
    en: 'Something went wrong on the server; try again, and if it persists tell the administrator request id {requestId}',
  },
  'problem.unavailable': { zh: '数据库暂时不可用', en: 'The database is unavailable' },
};

export function registerMessages(table: MessageTable): void {
  for (const [key, value] of Object.entries(table)) {
    if (messages[key]) throw new Error(`message key ${key} registered twice`);
    messages[key] = value;
  }
}

export function hasMessage(key: string): boolean {
  return key in messages;
}

/** A value named in both languages, such as a unit's or a role's name. */
export interface Bilingual {
  zh: string;
  en: string;
}

function isBilingual(v: unknown): v is Bilingual {
  return typeof v === 'object' && v !== null && typeof (v as Bilingual).zh === 'string' && typeof (v as Bilingual).en === 'string';
}

/**
 * Renders a message. A parameter may itself be given in both languages ({ zh, en }):
 * then a service can name a unit or a role without knowing who will read the message.
 * English counts agree with their noun: '{count|error|errors}' (domain fillCounts).
 */
export function t(key: string, lang: Lang, params: Record<string, unknown> = {}): string {
  const entry = messages[key];
  if (!entry) return key;
  return fillCounts(entry[lang], params).replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    return String(isBilingual(value) ? value[lang] : (value ?? `{${name}}`));
  });
}
