// The compare view: two scenarios side by side, live, with their numbers, and "Apply to".
export { ComparePage } from './ComparePage';
