import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { diffRecords, formatValue, unchangedPart } from './audit-diff';
import type { AuditEntry } from './audit.api';
import { AUDIT_TEXT } from './audit.text';

/** An expanded audit row: the changed fields before → after, the untouched rest as JSON, and where it came from. */
@Component({
  selector: 'app-audit-detail',
  imports: [TrPipe],
  template: `
    @let e = entry();
    <dl class="meta">
      <div>
        <dt>{{ text.requestId | tr }}</dt>
        <dd><code data-testid="audit-request-id">{{ e.requestId ?? '—' }}</code></dd>
      </div>
      <div>
        <dt>{{ text.ip | tr }}</dt>
        <dd><code>{{ e.ip ?? '—' }}</code></dd>
      </div>
      <div>
        <dt>{{ text.entryId | tr }}</dt>
        <dd><code>{{ e.id }}</code></dd>
      </div>
    </dl>

    @if (changed().length) {
      <h3>{{ text.changes | tr }}</h3>
      <div class="scroll">
        <table class="diff" data-testid="audit-diff">
          <thead>
            <tr>
              @if (!bare()) {
                <th scope="col">{{ text.field | tr }}</th>
              }
              <th scope="col">{{ text.before | tr }}</th>
              <th scope="col" aria-hidden="true"></th>
              <th scope="col">{{ text.after | tr }}</th>
            </tr>
          </thead>
          <tbody>
            @for (l of changed(); track l.key) {
              <tr [class]="l.change" [attr.data-key]="l.key">
                @if (!bare()) {
                  <th scope="row">
                    <code>{{ l.key }}</code>
                    @if (l.change === 'added' || l.change === 'removed') {
                      <span class="tag">{{ text[l.change] | tr }}</span>
                    }
                  </th>
                }
                <td class="before"><pre>{{ format(l.before) }}</pre></td>
                <td class="arrow" aria-hidden="true">→</td>
                <td class="after"><pre>{{ format(l.after) }}</pre></td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else {
      <p class="muted">{{ text.noChanges | tr }}</p>
    }

    @if (unchanged(); as rest) {
      <details open>
        <summary>{{ text.unchanged | tr: { n: unchangedCount() } }}</summary>
        <pre class="json">{{ format(rest) }}</pre>
      </details>
    }
  `,
  styleUrl: './audit-detail.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditDetail {
  readonly entry = input.required<AuditEntry>();
  protected readonly text = AUDIT_TEXT;
  private readonly lines = computed(() => diffRecords(this.entry().before, this.entry().after));
  protected readonly changed = computed(() => this.lines().filter((l) => l.change !== 'same'));
  /** Not a record but a bare value: no field column. */
  protected readonly bare = computed(() => this.lines().length === 1 && this.lines()[0].key === '');
  protected readonly unchanged = computed(() => unchangedPart(this.lines()));
  protected readonly unchangedCount = computed(() => Object.keys(this.unchanged() ?? {}).length);
  protected readonly format = formatValue;
}
