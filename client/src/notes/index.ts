export { DesignNotes } from './DesignNotes';
