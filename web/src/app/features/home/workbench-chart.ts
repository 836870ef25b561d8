import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, effect, inject, input, viewChild } from '@angular/core';
import { BarController, BarElement, CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import type { WorkbenchChart as ChartData } from './workbench.api';

// Tree-shaken registration: only what the small charts need, in the home page's lazy chunk.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip);

/** A small Chart.js chart of a workbench card; one series needs no legend, its card title names it. */
@Component({
  selector: 'app-workbench-chart',
  template: `<div class="box"><canvas #canvas [attr.aria-label]="label()" role="img"></canvas></div>`,
  styles: `.box { position: relative; height: 160px; width: 100%; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WorkbenchChart {
  readonly data = input.required<ChartData>();
  readonly label = input('');
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: Chart | null = null;

  constructor() {
    effect(() => {
      const d = this.data();
      this.chart?.destroy();
      this.chart = new Chart(this.canvas().nativeElement, {
        type: d.type,
        data: {
          labels: d.labels,
          datasets: d.series.map((s) => ({ label: s.label, data: s.data, backgroundColor: '#3f6ad8', borderColor: '#3f6ad8', maxBarThickness: 40 })),
        },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          plugins: { legend: { display: false } },
          scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
        },
      });
    });
    inject(DestroyRef).onDestroy(() => this.chart?.destroy());
  }
}
