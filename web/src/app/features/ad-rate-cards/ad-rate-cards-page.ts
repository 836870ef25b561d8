import { ChangeDetectionStrategy, Component } from '@angular/core';

// Placeholder while the screen is built.
@Component({
  selector: 'app-ad-rate-cards-page',
  template: '<div class="page"><h1>ad-rate-cards</h1></div>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdRateCardsPage {}
