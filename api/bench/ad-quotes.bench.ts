import { addDays, calendarDay } from '@portal/domain';
import { benchSignIn, ms, percentile, startBenchServer, timed } from './support';

const PREVIEWS = 200;
const DOWNLOADS = 50;
const WARMUP = 10;
const CONCURRENT = 10;
const BURSTS = 5;

/**
 * Ad quotes through the real app over HTTP on 127.0.0.1 (session, validation, pricing
 * from the published card, discount decision, conflict query, JSON): the live preview
 * the quote form calls on every change (target p95 ≤ 20 ms), and a 20-line quote's PDF
 * download — loading the quote, its approval and rendering (target p95 ≤ 200 ms) — alone
 * and 10 at once.
 */
export async function runAdQuotesBench(): Promise<void> {
  const srv = await startBenchServer();
  try {
    const clerk = await benchSignIn(srv.base, 'bj_clerk');
    const json = (path: string, body: unknown) => clerk.post(path, Buffer.from(JSON.stringify(body)), 'application/json');
    const bj = (await srv.db('units').where({ code: 'BJ' }).first('id')).id as number;
    const slots = ((await (await clerk.get('/ad-slots?pageSize=100')).json()) as { items: { id: number; code: string }[] }).items;
    const customers = ((await (await clerk.get('/customers')).json()) as { items: { id: number }[] }).items;
    const today = calendarDay(new Date());
    // 20 lines over the slots no accepted quote holds this month, each a few days from today.
    const usable = slots.filter((s) => !['HOME-FOCUS-1', 'HOME-BANNER'].includes(s.code));
    const lines = Array.from({ length: 20 }, (_, i) => ({
      slotId: usable[i % usable.length].id,
      startsOn: today,
      endsOn: addDays(today, (i % 5) + 1),
      shareBp: 8000 + (i % 4) * 500,
    }));
    const preview = { unitId: bj, bundleShareBp: 9000, lines };

    const previewSamples: number[] = [];
    for (let i = 0; i < WARMUP + PREVIEWS; i++) {
      const [t, res] = await timed(() => json('/ad-quotes/preview', preview));
      if (res.status !== 200) throw new Error(`preview: ${res.status} ${await res.text()}`);
      await res.arrayBuffer();
      if (i >= WARMUP) previewSamples.push(t);
    }

    const created = await json('/ad-quotes', { unitId: bj, customerId: customers[0].id, validUntil: addDays(today, 30), bundleShareBp: 9000, lines });
    if (created.status !== 201) throw new Error(`create: ${created.status} ${await created.text()}`);
    const quote = (await created.json()) as { id: number; number: string };
    const download = async () => {
      const res = await clerk.get(`/ad-quotes/${quote.id}/pdf`);
      if (res.status !== 200) throw new Error(`pdf: ${res.status}`);
      return (await res.arrayBuffer()).byteLength;
    };
    const [coldMs, size] = await timed(download);
    for (let i = 0; i < WARMUP; i++) await download();
    const pdfSamples: number[] = [];
    for (let i = 0; i < DOWNLOADS; i++) pdfSamples.push((await timed(download))[0]);

    const burstWall: number[] = [];
    const burstEach: number[] = [];
    for (let b = 0; b < BURSTS; b++) {
      const [wall] = await timed(() => Promise.all(Array.from({ length: CONCURRENT }, () => timed(download).then(([t]) => burstEach.push(t)))));
      burstWall.push(wall);
    }
    const totalWall = burstWall.reduce((s, x) => s + x, 0);

    console.table([
      { what: `quote preview, 20 lines (${PREVIEWS} requests)`, p50: ms(percentile(previewSamples, 50)), p95: ms(percentile(previewSamples, 95)), max: ms(Math.max(...previewSamples)), target: 'p95 ≤ 20 ms' },
      { what: `quote PDF, 20 lines (${DOWNLOADS} downloads)`, p50: ms(percentile(pdfSamples, 50)), p95: ms(percentile(pdfSamples, 95)), max: ms(Math.max(...pdfSamples)), target: 'p95 ≤ 200 ms' },
      {
        what: `quote PDF, ${CONCURRENT} at once × ${BURSTS}`,
        p50: ms(percentile(burstEach, 50)),
        p95: ms(percentile(burstEach, 95)),
        max: ms(Math.max(...burstEach)),
        target: `${((CONCURRENT * BURSTS) / (totalWall / 1000)).toFixed(1)} PDFs/s`,
      },
    ]);
    console.log(`quote ${quote.number}: PDF ${(size / 1024).toFixed(0)} KB, first download ${ms(coldMs)} ms (fonts loaded)`);
  } finally {
    await srv.close();
  }
}
