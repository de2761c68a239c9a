// The editor's live numbers panel (a side-panel tab).
export { NumbersPanel } from './NumbersPanel';
