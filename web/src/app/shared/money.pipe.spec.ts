import { FenPipe, SharePercentPipe, ZhePipe } from './money.pipe';

describe('money pipes', () => {
  it('shows fen as yuan with the ¥ sign and thousands separators', () => {
    expect(new FenPipe().transform(1234560)).toBe('¥12,345.60');
    expect(new FenPipe().transform(-5, false)).toBe('-0.05');
    expect(new FenPipe().transform(null)).toBe('');
  });
  it('shows the paid share as 折 to the nearest tenth and as a percentage, floored', () => {
    expect(new ZhePipe().transform(4599)).toBe('4.6折');
    expect(new SharePercentPipe().transform(4599)).toBe('45.9%');
  });
  it('shows 折 to the nearest tenth as every screen does: 63.8% is 6.4折, not 6.3折', () => {
    expect(new ZhePipe().transform(6380)).toBe('6.4折');
    expect(new ZhePipe().transform(6375)).toBe('6.4折');
    expect(new ZhePipe().transform(4500)).toBe('4.5折');
    expect(new ZhePipe().transform(3000)).toBe('3.0折');
    expect(new ZhePipe().transform(null)).toBe('');
  });
});
