/**
 * @orgcanvas/protocol: the contract between the server and its clients, written once. Pure TypeScript,
 * no DOM, no Node: the server, the web client and the browser tests import the same shapes.
 */
export * from './resources.js';
export * from './errors.js';
export * from './close.js';
export * from './paths.js';
export * from './requests.js';
