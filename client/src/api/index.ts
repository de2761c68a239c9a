export { ApiClient, api } from './client';
export * from './types';
