import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { AppError, Invalid, NotFound } from '../../http/errors';
import type { Actor } from '../../http/route';
import type { SessionUser } from '../../http/session';
import { audit } from '../audit/audit.service';
import * as repo from './attachments.repo';

/**
 * Files attached to a module's records, kept in PostgreSQL. A module that owns records with
 * files registers who may read them, then stores files inside its own write transaction;
 * GET /api/attachments/:id serves them to whoever may read the record, and 404s everyone else:
 *
 *   registerAttachmentOwner('purchase_plan', { canRead: (db, viewer, planId) => plans.mayRead(db, viewer, planId) });
 *
 *   await db.transaction(async (trx) => {
 *     const file = await readUpload(req, res, 'purchasePlans.noFile');
 *     const a = await storeAttachment(trx, actor, { ownerType: 'purchase_plan', ownerId: plan.id, filename, bytes: file });
 *   });
 *
 * The type is found from the bytes (a renamed .exe is refused, whatever its name says), and a
 * file is at most 10 MB unless the owner asks for less.
 */

export interface AttachmentOwner {
  /** Whether this user may read the owning record; false (or a NotFound) answers 404. */
  canRead(db: Knex, viewer: SessionUser, ownerId: number): Promise<boolean>;
}

const owners = new Map<string, AttachmentOwner>();

export function registerAttachmentOwner(ownerType: string, owner: AttachmentOwner): void {
  if (owners.has(ownerType)) throw new Error(`attachment owner ${ownerType} registered twice`);
  owners.set(ownerType, owner);
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

interface FileKind {
  contentType: string;
  label: string;
  extensions: readonly string[];
  matches(bytes: Buffer): boolean;
}

const startsWith = (magic: number[]) => (bytes: Buffer) => bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

/** What may be attached, known by its magic number. PDF readers accept the header anywhere in the first 1 KB. */
const KINDS: readonly FileKind[] = [
  { contentType: 'application/pdf', label: 'PDF', extensions: ['pdf'], matches: (b) => b.subarray(0, 1024).includes('%PDF-') },
  { contentType: 'image/png', label: 'PNG', extensions: ['png'], matches: startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { contentType: 'image/jpeg', label: 'JPEG', extensions: ['jpg', 'jpeg'], matches: startsWith([0xff, 0xd8, 0xff]) },
];

export function sniffFileKind(bytes: Buffer): FileKind | undefined {
  return KINDS.find((k) => k.matches(bytes));
}

export interface Attachment {
  id: number;
  ownerType: string;
  ownerId: number;
  filename: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  createdBy: number | null;
  createdAt: Date;
}

const toAttachment = (r: repo.AttachmentMetaRow): Attachment => ({
  id: r.id,
  ownerType: r.owner_type,
  ownerId: r.owner_id,
  filename: r.filename,
  contentType: r.content_type,
  sizeBytes: r.size_bytes,
  sha256: r.sha256,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

export interface NewAttachment {
  ownerType: string;
  ownerId: number;
  /** As the user's browser gave it; any folder part is dropped. */
  filename: string;
  bytes: Buffer;
  /** The field a problem names (the owner's form may call it something else); 'file' unless said. */
  field?: string;
  maxBytes?: number;
}

/** The name without folders or control characters, ending in the extension its bytes deserve. */
function cleanName(given: string, kind: FileKind, field: string): string {
  const printable = [...(given.split(/[\\/]/).pop() ?? '')].filter((c) => c >= ' ' && c !== '\u007f').join('');
  const base = printable.normalize('NFC').trim();
  if (!base || base === '.' || base === '..') throw Invalid.field(field, 'attachments.badName');
  const dot = base.lastIndexOf('.');
  const extension = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  if (extension && !kind.extensions.includes(extension)) {
    throw Invalid.field(field, 'attachments.typeMismatch', { extension, actual: kind.label });
  }
  const stem = extension ? base.slice(0, dot) : base;
  const suffix = `.${extension || kind.extensions[0]}`;
  return [...stem].slice(0, 255 - suffix.length).join('') + suffix;
}

/**
 * Stores one file for a record, in the owner's transaction (so a failed save leaves no orphan
 * file), with its audit row. Refuses, naming the field: an empty or oversized file, a type we do
 * not take, and a name whose extension the bytes contradict.
 */
export async function storeAttachment(trx: Knex, actor: Actor, input: NewAttachment): Promise<Attachment> {
  if (!owners.has(input.ownerType)) throw new Error(`attachment owner ${input.ownerType} is not registered`);
  const field = input.field ?? 'file';
  const maxBytes = input.maxBytes ?? DEFAULT_MAX_BYTES;
  if (input.bytes.length === 0) throw Invalid.field(field, 'attachments.empty');
  if (input.bytes.length > maxBytes) {
    const params = { maxMb: Math.round((maxBytes / 1024 / 1024) * 10) / 10 };
    throw new AppError(413, 'too-large', 'attachments.tooLarge', params, [{ path: field, message: 'attachments.tooLarge', params }]);
  }
  const kind = sniffFileKind(input.bytes);
  if (!kind) throw Invalid.field(field, 'attachments.unknownType');
  const row = await repo.insertAttachment(trx, {
    owner_type: input.ownerType,
    owner_id: input.ownerId,
    filename: cleanName(input.filename, kind, field),
    content_type: kind.contentType,
    size_bytes: input.bytes.length,
    sha256: createHash('sha256').update(input.bytes).digest('hex'),
    bytes: input.bytes,
    created_by: actor.userId,
  });
  const attachment = toAttachment(row);
  await audit(trx, actor, { action: 'attachment.create', entity: 'attachment', entityId: attachment.id, after: attachment });
  return attachment;
}

async function mayRead(db: Knex, viewer: SessionUser | null, ownerType: string, ownerId: number): Promise<boolean> {
  const owner = owners.get(ownerType);
  if (!owner || !viewer) return false;
  try {
    return await owner.canRead(db, viewer, ownerId);
  } catch (err) {
    if (err instanceof NotFound) return false;
    throw err;
  }
}

/** The files of a record, for the owner to list in its own view; 404 for whoever may not read the record. */
export async function listAttachments(db: Knex, viewer: SessionUser, ownerType: string, ownerId: number): Promise<Attachment[]> {
  if (!(await mayRead(db, viewer, ownerType, ownerId))) throw new NotFound();
  return (await repo.attachmentsOf(db, ownerType, ownerId)).map(toAttachment);
}

/**
 * One file's description, checked against its owner's read rule (404 when absent or not
 * the viewer's to see), and its bytes, fetched only when asked (a 304 never loads them).
 */
export async function openAttachment(
  db: Knex,
  viewer: SessionUser | null,
  id: number,
): Promise<{ attachment: Attachment; bytes: () => Promise<Buffer> }> {
  const row = await repo.findAttachment(db, id);
  if (!row || !(await mayRead(db, viewer, row.owner_type, row.owner_id))) throw new NotFound();
  const bytes = async () => {
    const stored = await repo.attachmentBytes(db, id);
    if (!stored) throw new NotFound();
    return stored;
  };
  return { attachment: toAttachment(row), bytes };
}
