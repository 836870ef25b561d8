import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'app-units-page',
  template: '<div class="page"><h1>UnitsPage</h1></div>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UnitsPage {}
