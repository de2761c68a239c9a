/** The few words drawn on cards, in both UI languages (exports use the same scene). */
export type SceneLocale = 'zh' | 'en';

export const SCENE_STRINGS = {
  zh: {
    headcount: (n: number) => `${n} 人`,
    duties: (n: number) => `职责 ${n}`,
    optional: '可增设',
    assistant: '助理',
    hidden: (n: number) => `+${n}`,
    noUnit: '未分配部门',
    legend: '部门',
  },
  en: {
    headcount: (n: number) => (n === 1 ? '1 person' : `${n} people`),
    duties: (n: number) => (n === 1 ? '1 duty' : `${n} duties`),
    optional: 'Optional',
    assistant: 'Assistant',
    hidden: (n: number) => `+${n}`,
    noUnit: 'No unit',
    legend: 'Units',
  },
} as const satisfies Record<SceneLocale, unknown>;

export type SceneStrings = (typeof SCENE_STRINGS)[SceneLocale];
