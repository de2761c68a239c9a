export { usePresence, type PresenceApi } from './usePresence';
export { PeopleBar } from './PeopleBar';
export { NamePrompt } from './NamePrompt';
export { resolveName, rememberName } from './identity';
export { useFollow, type FollowApi } from './useFollow';
export type { Peer } from './awarenessState';
