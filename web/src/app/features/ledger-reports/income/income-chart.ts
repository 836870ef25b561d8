import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, effect, inject, input, viewChild } from '@angular/core';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { formatYuan } from '@portal/domain';
import type { BarData } from './income-chart-data';

// Tree-shaken registration: only what a bar chart needs, and only in the income tab's lazy chunk.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** A Chart.js bar chart of yuan (stacked when its series say so, horizontal when asked); redraws when its data changes. */
@Component({
  selector: 'app-income-chart',
  template: `<div class="box" [style.height.px]="height()"><canvas #canvas [attr.aria-label]="label()" role="img"></canvas></div>`,
  styles: `.box { position: relative; width: 100%; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IncomeChart {
  readonly data = input.required<BarData>();
  readonly label = input('');
  readonly horizontal = input(false);
  readonly height = input(300);
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: Chart<'bar', number[], string> | null = null;

  constructor() {
    effect(() => {
      const data = this.data();
      if (this.chart) {
        this.chart.data = data;
        this.chart.update();
        return;
      }
      const horizontal = this.horizontal();
      const money = (v: number | string) => `¥${Number(v).toLocaleString()}`;
      this.chart = new Chart(this.canvas().nativeElement, {
        type: 'bar',
        data,
        options: {
          indexAxis: horizontal ? 'y' : 'x',
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          plugins: {
            legend: { display: !horizontal, position: 'bottom', labels: { boxWidth: 14 } },
            tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${formatYuan(Math.round(((horizontal ? c.parsed.x : c.parsed.y) ?? 0) * 100))}` } },
          },
          scales: horizontal
            ? { x: { ticks: { callback: money } } }
            : { x: { stacked: true }, y: { stacked: true, ticks: { callback: money } } },
        },
      });
    });
    inject(DestroyRef).onDestroy(() => this.chart?.destroy());
  }
}
