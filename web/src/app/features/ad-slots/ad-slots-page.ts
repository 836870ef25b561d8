import { ChangeDetectionStrategy, Component } from '@angular/core';

// Placeholder while the screen is built.
@Component({
  selector: 'app-ad-slots-page',
  template: '<div class="page"><h1>ad-slots</h1></div>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdSlotsPage {}
