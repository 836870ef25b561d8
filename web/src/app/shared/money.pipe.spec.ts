import { FenPipe, SharePercentPipe, ZhePipe } from './money.pipe';

describe('money pipes', () => {
  it('shows fen as yuan with the ¥ sign and thousands separators', () => {
    expect(new FenPipe().transform(1234560)).toBe('¥12,345.60');
    expect(new FenPipe().transform(-5, false)).toBe('-0.05');
    expect(new FenPipe().transform(null)).toBe('');
  });
  it('shows the paid share as 折 and as a percentage, floored', () => {
    expect(new ZhePipe().transform(4599)).toBe('4.5折');
    expect(new SharePercentPipe().transform(4599)).toBe('45.9%');
  });
});
