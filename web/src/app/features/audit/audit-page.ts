import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'app-audit-page',
  template: '<div class="page"><h1>Audit</h1></div>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditPage {}
