import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import pino from 'pino';
import request from 'supertest';
import { createApp } from '../app';
import { loadConfig } from '../config';
import { createTestContext, signIn, type TestContext } from '../test/support';

/** A stand-in for the built SPA: index.html and one bundle with its build-time .br and .gz copies. */
function fakeDist(): { dir: string; bundle: Buffer } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-dist-'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html><head></head><body><app-root></app-root><script src="main-ABC.js" type="module"></script></body></html>');
  const bundle = Buffer.from('console.log("门户");\n'.repeat(2000));
  fs.writeFileSync(path.join(dir, 'main-ABC.js'), bundle);
  fs.writeFileSync(path.join(dir, 'main-ABC.js.br'), zlib.brotliCompressSync(bundle));
  fs.writeFileSync(path.join(dir, 'main-ABC.js.gz'), zlib.gzipSync(bundle));
  return { dir, bundle };
}

describe('security headers and compressed responses, through HTTP', () => {
  let ctx: TestContext;
  let dist: ReturnType<typeof fakeDist>;
  const appWith = (env: Record<string, string>) =>
    createApp({ db: ctx.db, config: loadConfig({ LOG_LEVEL: 'silent', WEB_DIST: dist.dir, ...env } as never), logger: pino({ level: 'silent' }) });
  before(async () => {
    ctx = await createTestContext();
    dist = fakeDist();
  });
  after(async () => {
    fs.rmSync(dist.dir, { recursive: true, force: true });
    await ctx.close();
  });

  it('sends a strict Content-Security-Policy: own scripts only, nothing inline, and a nonce for Angular styles', async () => {
    const res = await request(appWith({})).get('/prices');
    assert.equal(res.status, 200);
    const csp = String(res.headers['content-security-policy']);
    const directive = (name: string) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(name + ' '));
    assert.equal(directive('script-src'), "script-src 'self'");
    assert.equal(directive('object-src'), "object-src 'none'");
    assert.equal(directive('frame-ancestors'), "frame-ancestors 'none'");
    const nonce = /'nonce-([^']+)'/.exec(directive('style-src') ?? '')?.[1];
    assert.ok(nonce, csp);
    assert.match(res.text, new RegExp(`<app-root ngCspNonce="${nonce.replace(/[+/]/g, '\\$&')}">`));
    const again = await request(appWith({})).get('/');
    assert.notEqual(/'nonce-([^']+)'/.exec(String(again.headers['content-security-policy']))?.[1], nonce, 'a fresh nonce per response');
    assert.match(String(res.headers['permissions-policy']), /camera=\(\)/);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.equal(res.headers['x-frame-options'], 'DENY');
    assert.equal(res.headers['referrer-policy'], 'same-origin');
  });

  it('sends Strict-Transport-Security behind a TLS proxy, and not over plain http', async () => {
    const plain = await request(appWith({ TRUST_PROXY: '1' })).get('/api/health');
    assert.equal(plain.headers['strict-transport-security'], undefined);
    const tls = await request(appWith({ TRUST_PROXY: '1' })).get('/api/health').set('X-Forwarded-Proto', 'https');
    assert.match(String(tls.headers['strict-transport-security']), /max-age=31536000/);
    assert.match(String(tls.headers['content-security-policy']), /script-src 'self'/);
  });

  it('serves the build-time brotli or gzip copy of a bundle as the browser accepts', async () => {
    const app = appWith({});
    const raw = (accept: string) =>
      request(app).get('/main-ABC.js').set('Accept-Encoding', accept).buffer(true).parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    const br = await raw('gzip, deflate, br');
    assert.equal(br.headers['content-encoding'], 'br');
    assert.match(String(br.headers['content-type']), /javascript/);
    assert.match(String(br.headers['vary']), /Accept-Encoding/);
    assert.match(String(br.headers['cache-control']), /immutable/);
    assert.ok(Number(br.headers['content-length']) < dist.bundle.length / 10);
    const gz = await raw('gzip');
    assert.equal(gz.headers['content-encoding'], 'gzip');
    const body = gz.body as Buffer; // the client may have unzipped it already
    assert.deepEqual(body[0] === 0x1f ? zlib.gunzipSync(body) : body, dist.bundle);
    const identity = await raw('identity');
    assert.equal(identity.headers['content-encoding'], undefined);
    assert.equal(Number(identity.headers['content-length']), dist.bundle.length);
  });

  it('compresses JSON over 1 kB, not a small answer', async () => {
    const admin = await signIn(ctx.app, 'admin');
    const big = await admin.get('/api/users?pageSize=50').set('Accept-Encoding', 'gzip');
    assert.equal(big.status, 200);
    assert.equal(big.headers['content-encoding'], 'gzip');
    const small = await request(ctx.app).get('/api/health').set('Accept-Encoding', 'gzip');
    assert.equal(small.headers['content-encoding'], undefined);
  });
});
