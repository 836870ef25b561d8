import { renderDialog } from '../../../testing/component-spec';
import { ActionDialog, type ActionDialogData } from './action-dialog';

describe('ActionDialog', () => {
  let close: jasmine.Spy;

  async function open(data: ActionDialogData) {
    const { fixture, ref } = await renderDialog(ActionDialog, data);
    close = ref.close;
    const el = fixture.nativeElement as HTMLElement;
    const textarea = el.querySelector<HTMLTextAreaElement>('[data-testid="approval-comment"]')!;
    const type = async (value: string) => {
      textarea.value = value;
      textarea.dispatchEvent(new Event('input'));
      await fixture.whenStable();
    };
    const confirm = async () => {
      el.querySelector<HTMLButtonElement>('[data-testid="action-confirm"]')!.click();
      await fixture.whenStable();
    };
    return { el, type, confirm };
  }

  for (const action of ['reject', 'return'] as const) {
    it(`will not ${action} without a comment, and says so`, async () => {
      const d = await open({ action, title: 'BJ-202611-0007' });
      await d.confirm();
      expect(close).not.toHaveBeenCalled();
      expect(d.el.querySelector('[data-testid="comment-error"]')?.textContent).toContain('请填写意见');
      await d.type('   ');
      await d.confirm();
      expect(close).not.toHaveBeenCalled();
      await d.type('  价格过低，请重新议价 ');
      await d.confirm();
      expect(close).toHaveBeenCalledOnceWith({ comment: '价格过低，请重新议价' });
    });
  }

  it('approves with or without a comment', async () => {
    const d = await open({ action: 'approve', title: 'BJ-202611-0007' });
    expect(d.el.textContent).toContain('审批意见（选填）');
    await d.confirm();
    expect(close).toHaveBeenCalledOnceWith({ comment: '' });
  });
});
