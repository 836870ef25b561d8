import { ChangeDetectionStrategy, Component } from '@angular/core';

// Placeholder while the screen is built.
@Component({
  selector: 'app-ad-quotes-page',
  template: '<div class="page"><h1>ad-quotes</h1></div>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdQuotesPage {}
