// Finds a Chromium or Chrome for Karma and Playwright: CHROME_BIN first, then the usual places.
const fs = require('node:fs');

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

function chromePath() {
  const found = [process.env.CHROME_BIN, ...CANDIDATES].find((p) => p && fs.existsSync(p));
  return found || null;
}

module.exports = { chromePath };
