import type { MessageTable } from '../../http/messages';

/** Registered at start by the module's manifest (attachments.module.ts). */
export const attachmentsMessages: MessageTable = {
  'attachments.empty': { zh: '文件是空的', en: 'The file is empty' },
  'attachments.tooLarge': { zh: '文件不能超过 {maxMb} MB', en: 'The file must not be larger than {maxMb} MB' },
  'attachments.badName': { zh: '请给出文件名（含扩展名）', en: 'Give the file a name, with its extension' },
  'attachments.unknownType': {
    zh: '只能上传 PDF、PNG 或 JPEG 文件',
    en: 'Only PDF, PNG and JPEG files can be attached',
  },
  'attachments.typeMismatch': {
    zh: '文件名是 .{extension}，但内容是 {actual} 文件；请检查是否选错了文件',
    en: 'The name ends in .{extension} but the content is a {actual} file; check that this is the right file',
  },
};
