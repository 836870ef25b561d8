import type { ComponentFixture } from '@angular/core/testing';
import { renderComponent } from '../../../testing/component-spec';
import { CABLE, PAPER, line } from '../../../testing/request-fixtures';
import { lineForm } from './request-form';
import { RequestLines } from './request-lines';

describe('RequestLines', () => {
  let fixture: ComponentFixture<RequestLines>;
  const host = () => fixture.nativeElement as HTMLElement;
  /** The box of the n-th line's form field holding this control (or the element itself). */
  const box = (testid: string, n = 0) => {
    const el = host().querySelectorAll(`[data-testid="${testid}"]`)[n];
    return (el.closest('mat-form-field') ?? el).getBoundingClientRect();
  };

  async function render(width: number) {
    ({ fixture } = await renderComponent(RequestLines, {
      attach: true,
      inputs: { lines: [lineForm(line(PAPER, 2, 1)), lineForm(line(CABLE, 12.5, 2))], estimates: [4_700, 24_988], options: [] },
    }));
    host().style.width = `${width}px`;
    await fixture.whenStable();
  }

  afterEach(() => host().remove());

  it('stacks a line’s fields in a phone-wide card, each inside it and wide enough to use', async () => {
    await render(340);
    const right = host().getBoundingClientRect().right;
    const item = box('line-item');
    const qty = box('line-quantity');
    const needed = box('line-needed-by');
    const purpose = box('line-purpose');
    const amount = box('line-amount');
    // The item alone on top; quantity beside the date under it; purpose below; then the figures.
    expect(qty.top).toBeGreaterThanOrEqual(item.bottom);
    expect(Math.abs(needed.top - qty.top)).toBeLessThan(2);
    expect(purpose.top).toBeGreaterThanOrEqual(qty.bottom);
    expect(amount.top).toBeGreaterThanOrEqual(purpose.bottom);
    for (const b of [item, qty, needed, purpose, amount]) expect(b.right).toBeLessThanOrEqual(right + 0.5);
    expect(item.width).toBeGreaterThan(220);
    expect(qty.width).toBeGreaterThan(100);
    expect(needed.width).toBeGreaterThan(140);
    expect(purpose.width).toBeGreaterThan(260);
  });

  it('keeps each line on one row where the card is wide', async () => {
    await render(1200);
    const item = box('line-item', 1);
    for (const id of ['line-quantity', 'line-needed-by', 'line-purpose']) expect(Math.abs(box(id, 1).top - item.top)).toBeLessThan(2);
    expect(host().querySelectorAll('[data-testid="line-amount"]')[1].textContent?.trim()).toBe('¥249.88');
  });
});
