import { sampleQuoteView, sampleRateCardView } from '../src/modules/ad-documents/ad-documents.fixtures';
import { renderQuotePdf } from '../src/modules/ad-documents/quote.pdf';
import { renderRateCardPdf } from '../src/modules/ad-documents/rate-card.pdf';
import { renderQuoteXlsx } from '../src/modules/ad-documents/quote.xlsx';
import { ms, percentile, timed } from './support';

const RUNS = 100;
const WARMUP = 10;
const CONCURRENT = 10;

/**
 * The ad-sales document renderers on their own (no database, no HTTP): the target is a
 * 20-line quote PDF at p95 ≤ 200 ms, and its throughput with 10 downloads at once. Rendering is
 * CPU-bound on one thread, so "10 at once" shows the wall time for the 10th requester and the
 * documents per second one API process sustains.
 */
export async function runAdDocumentsBench(): Promise<void> {
  const cold = await timed(() => renderQuotePdf(sampleQuoteView({ lineCount: 20 })));
  const rows: { what: string; p50: string; p95: string; max: string; cpu: string; note: string }[] = [];
  const measure = async (what: string, render: () => Promise<Buffer>, note: (size: number) => string) => {
    for (let i = 0; i < WARMUP; i++) await render();
    const samples: number[] = [];
    let size = 0;
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < RUNS; i++) {
      const [t, buf] = await timed(render);
      samples.push(t);
      size = buf.length;
    }
    // CPU time per render: what the renderer costs, whatever else the machine is doing.
    const cpu = process.cpuUsage(cpu0);
    rows.push({
      what,
      p50: ms(percentile(samples, 50)),
      p95: ms(percentile(samples, 95)),
      max: ms(Math.max(...samples)),
      cpu: ms((cpu.user + cpu.system) / 1000 / RUNS),
      note: note(size),
    });
  };
  const q20 = sampleQuoteView({ lineCount: 20 });
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  await measure('quote PDF, 20 lines', () => renderQuotePdf(q20), (s) => `${kb(s)}; target p95 ≤ 200 ms`);
  const q60 = sampleQuoteView({ lineCount: 60 });
  await measure('quote PDF, 60 lines', () => renderQuotePdf(q60), kb);
  const card = sampleRateCardView();
  await measure(`rate card PDF, ${card.rows.length} slots`, () => renderRateCardPdf(card), kb);
  await measure('quote XLSX, 20 lines', () => renderQuoteXlsx(q20), kb);

  const bursts: number[] = [];
  for (let i = 0; i < 10; i++) {
    const [t] = await timed(() => Promise.all(Array.from({ length: CONCURRENT }, () => renderQuotePdf(q20))));
    bursts.push(t);
  }
  const burstP50 = percentile(bursts, 50);
  console.log(`first render in this process (font read and parsed, code cold): ${ms(cold[0])} ms`);
  console.table(rows); // wall-clock ms (p50, p95, max) and CPU ms per render
  console.log(
    `${CONCURRENT} × 20-line quote PDF at once: all done in ${ms(burstP50)} ms (p50 of 10 bursts, max ${ms(Math.max(...bursts))} ms) → ${(
      (CONCURRENT * 1000) /
      burstP50
    ).toFixed(0)} PDFs/s`,
  );
}
