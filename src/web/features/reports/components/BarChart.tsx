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

/**
 * A bar chart of a breakdown, this period beside the year before. Hidden counts have no bar.
 * The figure is an image with a short description; the table next to it carries the data
 * for screen readers and keyboard users.
 */
export function BarChart({ items, description, horizontal = true }: { items: BreakdownItem[]; description: string; horizontal?: boolean }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current) return undefined;
    const chart = echarts.init(container.current, undefined, { renderer: 'svg' });
    const labels = items.map((i) => i.label);
    const category = { type: 'category' as const, data: labels, axisLabel: { width: 160, overflow: 'truncate' as const, color: '#3a3a3a' } };
    const value = { type: 'value' as const, axisLabel: { color: '#3a3a3a' } };
    chart.setOption({
      animation: false,
      aria: { enabled: false },
      legend: { top: 0, textStyle: { color: '#161616' } },
      tooltip: { trigger: 'axis' },
      grid: { left: horizontal ? 170 : 40, right: 16, top: 32, bottom: horizontal ? 24 : 56 },
      xAxis: horizontal ? value : { ...category, axisLabel: { ...category.axisLabel, rotate: 45, width: 80 } },
      yAxis: horizontal ? { ...category, inverse: true } : value,
      series: [
        { name: 'Période', type: 'bar', data: items.map((i) => i.count), itemStyle: { color: CURRENT } },
        { name: 'Un an plus tôt', type: 'bar', data: items.map((i) => i.previous.count), itemStyle: { color: PREVIOUS } },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [items, horizontal]);
  const height = horizontal ? Math.max(160, 48 + items.length * 36) : 300;
  return <div ref={container} role="img" aria-label={description} style={{ width: '100%', height }} />;
}
