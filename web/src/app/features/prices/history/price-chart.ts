import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, effect, inject, input, viewChild } from '@angular/core';
import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { formatYuan } from '@portal/domain';
import type { LineData } from './history-chart-data';

// Tree-shaken registration: only what a line chart needs, and only in this lazy chunk.
Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip);

/** A Chart.js line chart of prices in yuan; redraws when its data changes. */
@Component({
  selector: 'app-price-chart',
  template: `<div class="box"><canvas #canvas [attr.aria-label]="label()" role="img"></canvas></div>`,
  styles: `.box { position: relative; height: 340px; width: 100%; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PriceChart {
  readonly data = input.required<LineData>();
  readonly label = input('');
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: Chart<'line', (number | null)[], string> | null = null;

  constructor() {
    effect(() => {
      const data = this.data();
      if (this.chart) {
        this.chart.data = data;
        this.chart.update();
        return;
      }
      this.chart = new Chart(this.canvas().nativeElement, {
        type: 'line',
        data,
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          interaction: { mode: 'index', intersect: false },
          plugins: {
            legend: { position: 'bottom', labels: { boxWidth: 14 } },
            tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${formatYuan(Math.round((c.parsed.y ?? 0) * 100))}` } },
          },
          scales: { y: { ticks: { callback: (v) => `¥${v}` } } },
        },
      });
    });
    inject(DestroyRef).onDestroy(() => this.chart?.destroy());
  }
}
