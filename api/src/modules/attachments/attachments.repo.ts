import type { Knex } from 'knex';

export interface AttachmentMetaRow {
  id: number;
  owner_type: string;
  owner_id: number;
  filename: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  created_by: number | null;
  created_at: Date;
}

export interface AttachmentRow extends AttachmentMetaRow {
  bytes: Buffer;
}

export type NewAttachmentRow = Omit<AttachmentRow, 'id' | 'created_at'>;

const META = ['id', 'owner_type', 'owner_id', 'filename', 'content_type', 'size_bytes', 'sha256', 'created_by', 'created_at'];

export async function insertAttachment(trx: Knex, values: NewAttachmentRow): Promise<AttachmentMetaRow> {
  const [row] = await trx('attachments').insert(values).returning(META);
  return row;
}

export async function findAttachment(db: Knex, id: number): Promise<AttachmentMetaRow | undefined> {
  return db('attachments').where({ id }).first(META);
}

export async function attachmentBytes(db: Knex, id: number): Promise<Buffer | undefined> {
  return (await db('attachments').where({ id }).first('bytes'))?.bytes;
}

/** The files of one record, oldest first, without their bytes. */
export async function attachmentsOf(db: Knex, ownerType: string, ownerId: number): Promise<AttachmentMetaRow[]> {
  return db('attachments').where({ owner_type: ownerType, owner_id: ownerId }).orderBy('id').select(META);
}
