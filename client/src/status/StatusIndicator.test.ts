import { describe, expect, it } from 'vitest';
import { indicatorState } from './StatusIndicator';

const base = { readOnly: false, unsaved: false, loaded: true, closedReason: null, closedCode: null } as const;

describe('indicatorState', () => {
  it('shows read-only over a live link, offline when there is none', () => {
    expect(indicatorState({ ...base, status: 'online', readOnly: true })).toBe('readOnly');
    expect(indicatorState({ ...base, status: 'offline', readOnly: true })).toBe('offline');
  });

  it('counts connecting as syncing', () => {
    expect(indicatorState({ ...base, status: 'connecting' })).toBe('syncing');
    expect(indicatorState({ ...base, status: 'online' })).toBe('online');
  });

  it('shows syncing for unsaved edits only once the gap lasts', () => {
    const waiting = { ...base, status: 'syncing', unsaved: true } as const;
    expect(indicatorState(waiting, false)).toBe('online');
    expect(indicatorState(waiting, true)).toBe('syncing');
    expect(indicatorState({ ...waiting, status: 'offline' }, false)).toBe('offline');
  });
});
