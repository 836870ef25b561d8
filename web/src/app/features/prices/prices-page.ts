import { ChangeDetectionStrategy, Component } from '@angular/core';

// Placeholder while the screen is built.
@Component({
  selector: 'app-prices-page',
  template: '<div class="page"><h1>prices</h1></div>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PricesPage {}
