import { runRevenueBench } from '/work/wt-revenue/api/bench/revenue.bench';
await runRevenueBench();
process.exit(0);
