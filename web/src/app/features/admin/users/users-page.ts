import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'app-users-page',
  template: '<div class="page"><h1>UsersPage</h1></div>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersPage {}
