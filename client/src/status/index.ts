export { StatusIndicator, UnsavedBanner, indicatorState, type IndicatorState } from './StatusIndicator';
