// `npm run bench`: runs each benchmark module in turn and prints its table. Not a test: nothing here fails a build.
import { runAdDocumentsBench } from './ad-documents.bench';
import { runAdQuotesBench } from './ad-quotes.bench';
import { runPricesBench } from './prices.bench';
import { runPurchaseRequestsBench } from './purchase-requests.bench';
import { runStockBench } from './stock.bench';
import { runPurchasePlansBench } from './purchase-plans.bench';
import { runPurchaseLedgersBench } from './purchase-ledgers.bench';
import { runRevenueBench } from './revenue.bench';
import { runJournalBench } from './journal.bench';
import { runLedgerCrashBench } from './ledger-crash.bench';
import { runLedgerReportsBench } from './ledger-reports.bench';

const benches: [string, () => Promise<void>][] = [
  ['supplier prices (网络电商数据库)', runPricesBench],
  ['ad-sales documents (quote and rate-card PDF/XLSX)', runAdDocumentsBench],
  ['ad quotes over HTTP (preview, quote PDF download)', runAdQuotesBench],
  ['department purchase requests (price prefill)', runPurchaseRequestsBench],
  ['stock on hand (库存)', runStockBench],
  ['company purchase plan (consolidation view)', runPurchasePlansBench],
  ['purchase-ledgers (采购台账: orders ledger, three-way match, XLSX export)', runPurchaseLedgersBench],
  ['month-end income recognition (月末结转), 10,000 agreements', runRevenueBench],
  ['journal posting throughput beside pgbench (记账凭证)', runJournalBench],
  ['ledger-crash: kill -9 during 2,000 postings (记账凭证)', runLedgerCrashBench],
  ['ledger-reports (trial balance and ageing over 1,000,000 journal lines)', runLedgerReportsBench],
];

// `npm run bench -- journal ledger-crash`: only the benches whose title contains one of the words.
const only = process.argv.slice(2);
const chosen = only.length ? benches.filter(([name]) => only.some((w) => name.includes(w))) : benches;

let failed = false;
for (const [name, run] of chosen) {
  console.log(`\n== ${name}`);
  try {
    await run();
  } catch (err) {
    failed = true;
    console.error(`bench "${name}" failed:`, err);
  }
}
process.exit(failed ? 1 : 0);
