/** Every string the canvas shows, in both UI languages. */
export type CanvasLocale = 'zh' | 'en';

export const CANVAS_STRINGS = {
  zh: {
    canvasLabel: '组织架构图',
    layoutRunning: '正在排版…',
    layoutFailed: '排版超时或失败，显示的是上一次的排版',
    layoutEmpty: '还没有岗位',
    editing: (name: string) => `${name} 正在编辑`,
    minimap: '缩略图：点击或拖动以移动视图',
    legend: '部门',
    dropRefused: '不能移到这里',
    dropHere: (title: string) => `改为向「${title}」汇报`,
  },
  en: {
    canvasLabel: 'Org chart',
    layoutRunning: 'Laying out…',
    layoutFailed: 'Layout timed out or failed; showing the last good layout',
    layoutEmpty: 'No roles yet',
    editing: (name: string) => `${name} is editing`,
    minimap: 'Overview: click or drag to move the view',
    legend: 'Units',
    dropRefused: 'Cannot move here',
    dropHere: (title: string) => `Report to “${title}”`,
  },
} as const satisfies Record<CanvasLocale, unknown>;
