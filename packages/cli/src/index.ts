// The orgcanvas command line, callable in-process (tests) as well as through bin/orgcanvas.js.
export { main, type Io } from './main.js';
export { CliError } from './errors.js';
