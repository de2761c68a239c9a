export { VersionsPanel, versionName, type VersionPreview } from './VersionsPanel';
