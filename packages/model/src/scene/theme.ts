/** The family every back end draws and measures text with. */
export const SCENE_FONT = 'Noto Sans SC';

/** Colours and type of the drawn chart. One theme for every back end keeps slides and screen alike. */
export interface SceneTheme {
  readonly background: string;
  readonly fontFamily: string;
  readonly card: string;
  readonly cardBorder: string;
  readonly optionalBorder: string;
  readonly title: string;
  readonly muted: string;
  readonly line: string;
  readonly dottedLine: string;
  readonly badge: string;
  readonly badgeText: string;
  readonly marker: string;
  readonly markerText: string;
  readonly noUnit: string;
}

export const DEFAULT_THEME: SceneTheme = Object.freeze({
  background: '#f8fafc',
  // Noto Sans SC first: the exports embed it and the canvas loads it as a web font, and the scene's
  // text is measured with it; the rest only stand in while it loads.
  fontFamily:
    "'Noto Sans SC', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', system-ui, sans-serif",
  card: '#ffffff',
  cardBorder: '#cbd5e1',
  optionalBorder: '#64748b',
  title: '#0f172a',
  muted: '#475569',
  line: '#94a3b8',
  dottedLine: '#7c3aed',
  badge: '#1e293b',
  badgeText: '#ffffff',
  marker: '#eef2ff',
  markerText: '#3730a3',
  noUnit: '#cbd5e1',
});
