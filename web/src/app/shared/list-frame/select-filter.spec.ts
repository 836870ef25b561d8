import { ChangeDetectionStrategy, Component, provideZonelessChangeDetection } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { FormControl } from '@angular/forms';
import { I18n } from '../../core/i18n/i18n';
import { SelectFilter, filterOptions, type FilterOption } from './select-filter';

@Component({
  imports: [SelectFilter],
  template: `<app-select-filter [control]="status" [label]="{ zh: '状态', en: 'Status' }" [any]="{ zh: '全部', en: 'Any' }" [options]="options" testId="x-status" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly status = new FormControl<string | null>(null);
  readonly options: FilterOption<string>[] = [
    ...filterOptions(['open', 'closed'], { open: { zh: '进行中', en: 'Open' }, closed: { zh: '已关闭', en: 'Closed' } }),
    { value: 'bj', label: '北京分部', depth: 1 },
  ];
}

describe('SelectFilter', () => {
  let fixture: ComponentFixture<Host>;
  const options = () => Array.from(document.querySelectorAll<HTMLElement>('mat-option'));

  beforeEach(async () => {
    localStorage.removeItem('portal.lang');
    TestBed.configureTestingModule({ imports: [Host], providers: [provideZonelessChangeDetection()] });
    fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>('[data-testid="x-status"] .mat-mdc-select-trigger')!.click();
    await fixture.whenStable();
  });

  it('offers "any" first, then each choice in the reader’s language, a tree’s names indented', async () => {
    expect(options().map((o) => o.textContent!.trim())).toEqual(['全部', '进行中', '已关闭', '北京分部']);
    expect(options()[3].querySelector('span[style]')).not.toBeNull();
    TestBed.inject(I18n).toggle();
    await fixture.whenStable();
    expect(options()[1].textContent!.trim()).toBe('Open');
  });

  it('sets the form control to the choice picked', async () => {
    options()[2].click();
    await fixture.whenStable();
    expect(fixture.componentInstance.status.value).toBe('closed');
  });
});
