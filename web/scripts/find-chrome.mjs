// Fails early, with the fix, when no browser is installed for the web and e2e tests.
import { createRequire } from 'node:module';
const { chromePath } = createRequire(import.meta.url)('./chrome-path.cjs');

const found = chromePath();
if (!found) {
  console.error(
    'No Chromium or Chrome was found for the browser tests.\n' +
      '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
      '  elsewhere: install Chrome and set CHROME_BIN=/path/to/chrome',
  );
  process.exit(1);
}
console.log(`Browser for tests: ${found}`);
