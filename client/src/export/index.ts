// Export from the editor: the dialog, and the pure pieces it is built from.
export { ExportButton } from './ExportButton';
export { ExportDialog } from './ExportDialog';
export { cropScene, selectionScene, type ExportScope } from './crop';
export { filenameOf } from './download';
export type { ExportContext } from './useExport';
