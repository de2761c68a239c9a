export { UnitManager } from './UnitManager';
