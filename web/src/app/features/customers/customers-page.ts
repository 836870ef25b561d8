import { ChangeDetectionStrategy, Component } from '@angular/core';

// Placeholder while the screen is built.
@Component({
  selector: 'app-customers-page',
  template: '<div class="page"><h1>customers</h1></div>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CustomersPage {}
