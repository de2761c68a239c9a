export { Inspector } from './Inspector';
export { AreasEditor } from './AreasEditor';
export { TextField, NumberField, SelectField, Section, CheckField } from './fields';
export { unitOptions } from './options';
