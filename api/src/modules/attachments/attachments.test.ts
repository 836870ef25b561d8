import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { AppError, NotFound } from '../../http/errors';
import type { Actor } from '../../http/route';
import type { SessionUser } from '../../http/session';
import { createTestContext, signIn, type Session, type TestContext } from '../../test/support';
import { listAttachments, registerAttachmentOwner, storeAttachment, type NewAttachment } from './attachments.service';

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('1 0 obj << >> endobj\n%%EOF\n')]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]);

/** A test document type: record 1 is public to every signed-in user, the others only to finance. */
registerAttachmentOwner('test_document', {
  canRead: async (_db, viewer, ownerId) => ownerId === 1 || viewer.roles.some((g) => g.role === 'finance'),
});

describe('attachments', () => {
  let ctx: TestContext;
  let ecom: Session, finance: Session;
  let actor: Actor;
  before(async () => {
    ctx = await createTestContext();
    [ecom, finance] = await Promise.all(['ecom', 'finance'].map((u) => signIn(ctx.app, u)));
    actor = { userId: finance.userId, name: '钱进', requestId: 'test', ip: null };
  });
  after(() => ctx.close());

  const store = (input: Partial<NewAttachment> & { bytes: Buffer; filename: string }) =>
    ctx.db.transaction((trx) => storeAttachment(trx, actor, { ownerType: 'test_document', ownerId: 1, ...input }));

  const refusal = async (input: Parameters<typeof store>[0]) => {
    const err = await store(input).then(
      () => assert.fail('stored what it should refuse'),
      (e: unknown) => e,
    );
    assert.ok(err instanceof AppError, String(err));
    return err;
  };

  it('keeps a file with its SHA-256, size and the type its bytes show, with an audit row', async () => {
    const a = await store({ filename: '供应商报价单.pdf', bytes: PDF });
    assert.equal(a.contentType, 'application/pdf');
    assert.equal(a.sizeBytes, PDF.length);
    assert.equal(a.sha256, createHash('sha256').update(PDF).digest('hex'));
    assert.equal(a.filename, '供应商报价单.pdf');
    const trail = await ctx.db('audit_log').where({ entity: 'attachment', entity_id: String(a.id) }).first();
    assert.equal(trail?.action, 'attachment.create');
  });

  it('serves it with its type, a UTF-8 file name, its hash as ETag and nosniff, and a 304 when unchanged', async () => {
    const a = await store({ filename: 'C:\\扫描件\\发票 2026.pdf', bytes: PDF });
    const res = await ecom.get(`/api/attachments/${a.id}`).buffer(true).parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    });
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'application/pdf');
    assert.equal(res.headers['etag'], `"${a.sha256}"`);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.equal(
      res.headers['content-disposition'],
      `attachment; filename="attachment-${a.id}.pdf"; filename*=UTF-8''${encodeURIComponent('发票 2026.pdf')}`,
    );
    assert.deepEqual(res.body, PDF);
    const again = await ecom.get(`/api/attachments/${a.id}`).set('If-None-Match', `"${a.sha256}"`);
    assert.equal(again.status, 304);
  });

  it('takes PNG and JPEG, and gives a name without extension the one its bytes deserve', async () => {
    assert.equal((await store({ filename: 'logo.PNG', bytes: PNG })).contentType, 'image/png');
    const photo = await store({ filename: 'site-photo', bytes: JPEG });
    assert.equal(photo.contentType, 'image/jpeg');
    assert.equal(photo.filename, 'site-photo.jpg');
    assert.equal((await store({ filename: '../合同\u0000扫描\u001f.pdf', bytes: PDF })).filename, '合同扫描.pdf');
  });

  it('refuses a .pdf name with other bytes as a 400 naming the field', async () => {
    const err = await refusal({ filename: '报价单.pdf', bytes: PNG, field: 'quotationFile' });
    assert.equal(err.status, 400);
    assert.deepEqual(
      err.errors.map((e) => e.path),
      ['quotationFile'],
    );
    assert.equal(err.key, 'attachments.typeMismatch');
  });

  it('refuses bytes of a type it does not take, and an empty file', async () => {
    const exe = await refusal({ filename: 'setup.pdf', bytes: Buffer.from('MZ\x90\x00 not a pdf') });
    assert.equal(exe.status, 400);
    assert.equal(exe.errors[0].path, 'file');
    assert.equal(exe.key, 'attachments.unknownType');
    assert.equal((await refusal({ filename: 'empty.pdf', bytes: Buffer.alloc(0) })).errors[0].path, 'file');
  });

  it('refuses a file over 10 MB, or over the owner’s own limit', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024 + 1 - PDF.length)]);
    const err = await refusal({ filename: 'big.pdf', bytes: big });
    assert.equal(err.status, 413);
    assert.equal(err.errors[0].path, 'file');
    assert.equal((await refusal({ filename: 'small.pdf', bytes: PDF, maxBytes: 10 })).status, 413);
    assert.equal(await ctx.db('attachments').where({ filename: 'big.pdf' }).first(), undefined);
  });

  it('is a 404 for whoever may not read the owning record, and for unknown files', async () => {
    const secret = await store({ filename: 'secret.pdf', bytes: PDF, ownerId: 2 });
    assert.equal((await ecom.get(`/api/attachments/${secret.id}`)).status, 404);
    assert.equal((await finance.get(`/api/attachments/${secret.id}`)).status, 200);
    assert.equal((await finance.get('/api/attachments/999999')).status, 404);
    const [orphan] = await ctx.db('attachments').insert({ ...(await ctx.db('attachments').where({ id: secret.id }).first()), id: undefined, owner_type: 'nobody_owns_this' }).returning('id');
    assert.equal((await finance.get(`/api/attachments/${orphan.id}`)).status, 404);
  });

  it('lists a record’s files for its owner, without their bytes, and refuses a record the viewer may not read', async () => {
    const a = await store({ filename: 'plan-7.pdf', bytes: PDF, ownerId: 7 });
    const viewer = (roles: string[]) => ({ id: 1, roles: roles.map((role) => ({ role, unitId: 1, unitName: '总部' })) }) as unknown as SessionUser;
    const listed = await listAttachments(ctx.db, viewer(['finance']), 'test_document', 7);
    assert.deepEqual(
      listed.map((x) => [x.id, x.filename, 'bytes' in x]),
      [[a.id, 'plan-7.pdf', false]],
    );
    await assert.rejects(listAttachments(ctx.db, viewer(['ecommerce_staff']), 'test_document', 7), NotFound);
  });

  it('leaves no file behind when the owner’s transaction rolls back', async () => {
    await assert.rejects(
      ctx.db.transaction(async (trx) => {
        await storeAttachment(trx, actor, { ownerType: 'test_document', ownerId: 1, filename: 'rolled-back.pdf', bytes: PDF });
        throw new Error('the owner failed to save');
      }),
      /failed to save/,
    );
    assert.equal(await ctx.db('attachments').where({ filename: 'rolled-back.pdf' }).first(), undefined);
  });
});
