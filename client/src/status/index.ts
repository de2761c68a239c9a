export { StatusIndicator, indicatorState, type IndicatorState } from './StatusIndicator';
