import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart as EBarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { BreakdownItem } from '../../../../shared/contracts/reports.ts';

echarts.use([EBarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

// DSFR colours: bleu France and its light tint for the year before.
const CURRENT = '#000091';
const PREVIOUS = '#8585f6';
const TEXT = '#3a3a3a';

/** Room for the labels of a horizontal chart: two fifths of its width, between 110 and 240 px. */
const labelWidthOf = (chartWidth: number) => Math.round(Math.min(240, Math.max(110, chartWidth * 0.4)));

/** Height of a horizontal chart: a band per key tall enough for a label on three lines. */
const BAND = 52;

/**
 * A bar chart of a breakdown, this period beside the year before. Hidden counts have no bar.
 * Labels are never cut: a horizontal chart wraps them in a column sized to the chart; a
 * vertical one (months) turns them. The figure is an image with a short description; the
 * table next to it carries the data for screen readers and keyboard users.
 */
export function BarChart({ items, description, horizontal = true }: { items: BreakdownItem[]; description: string; horizontal?: boolean }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    const chart = echarts.init(element, undefined, { renderer: 'svg' });
    const draw = () => {
      const labels = items.map((i) => i.label);
      const value = { type: 'value' as const, axisLabel: { color: TEXT } };
      const category = horizontal
        ? { type: 'category' as const, data: labels, inverse: true,
          axisLabel: { width: labelWidthOf(element.clientWidth), overflow: 'break' as const, lineHeight: 15, color: TEXT } }
        : { type: 'category' as const, data: labels, axisLabel: { rotate: 45, color: TEXT, interval: 0 } };
      chart.setOption({
        animation: false,
        aria: { enabled: false },
        legend: { top: 0, textStyle: { color: '#161616' } },
        tooltip: { trigger: 'axis' },
        // The grid holds the axes' labels: its edges are those of the whole drawing.
        grid: { left: 8, right: 24, top: 36, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
        xAxis: horizontal ? value : category,
        yAxis: horizontal ? category : value,
        series: [
          { name: 'Période', type: 'bar', data: items.map((i) => i.count), itemStyle: { color: CURRENT } },
          { name: 'Un an plus tôt', type: 'bar', data: items.map((i) => i.previous.count), itemStyle: { color: PREVIOUS } },
        ],
      }, true);
    };
    draw();
    const observer = new ResizeObserver(() => { chart.resize(); draw(); });
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [items, horizontal]);
  const height = horizontal ? Math.max(180, 56 + items.length * BAND) : 340;
  return <div ref={container} role="img" aria-label={description} style={{ width: '100%', height }} />;
}
