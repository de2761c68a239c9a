export { attachSync, type SyncServer } from './server.js';
export { Rooms } from './rooms.js';
export { CLOSE } from './protocol.js';
