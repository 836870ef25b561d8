import { ChangeDetectionStrategy, Component } from '@angular/core';

// Placeholder while the screen is built.
@Component({
  selector: 'app-inbox-page',
  template: '<div class="page"><h1>approvals</h1></div>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InboxPage {}
