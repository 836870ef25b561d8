import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { localName } from './names';

describe('localName', () => {
  it('shows the English name in English and the Chinese one in Chinese', () => {
    assert.equal(localName('en', '首页通栏', 'Home banner'), 'Home banner');
    assert.equal(localName('zh', '首页通栏', 'Home banner'), '首页通栏');
  });
  it('falls back to the Chinese name where there is no English one', () => {
    assert.equal(localName('en', '首页通栏', null), '首页通栏');
    assert.equal(localName('en', '首页通栏', undefined), '首页通栏');
    assert.equal(localName('en', '首页通栏', '  '), '首页通栏');
  });
});
