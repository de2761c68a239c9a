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
    dropIntoUnit: (name: string) => `移到「${name}」之下`,
    noUnitDuties: '这个部门还没有职责',
    unitName: '部门名称',
    unitColour: '部门颜色',
    addSubUnit: '下级部门',
    deleteUnit: '删除部门',
    confirmDeleteUnit: (name: string) => `删除“${name}”？其岗位和下级部门会移到上级部门。`,
    cancel: '取消',
    fitTopLevels: (levels: number) =>
      `整张图太大，缩小到能看清为止：现显示前 ${levels} 层。拖动画布或点击右下角缩略图查看其余部分，也可折叠分支或按 Ctrl+F 搜索。`,
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
    dropIntoUnit: (name: string) => `Move under “${name}”`,
    noUnitDuties: 'This unit has no responsibilities yet',
    unitName: 'Unit name',
    unitColour: 'Unit colour',
    addSubUnit: 'Sub-unit',
    deleteUnit: 'Delete unit',
    confirmDeleteUnit: (name: string) => `Delete “${name}”? Its roles and sub-units move to the parent unit.`,
    cancel: 'Cancel',
    fitTopLevels: (levels: number) =>
      `The whole chart is too large to read at once: showing the top ${levels === 1 ? 'level' : `${levels} levels`} at a readable size. Drag the chart or use the overview map (bottom right) to see the rest, collapse branches, or search with Ctrl+F.`,
  },
} as const satisfies Record<CanvasLocale, unknown>;

export type CanvasStrings = (typeof CANVAS_STRINGS)[CanvasLocale];
