import { describe, expect, it } from 'vitest';
import { ApiClient } from './client';
import { ApiError } from '@orgcanvas/protocol';

function fakeFetch(
  status: number,
  body: unknown,
  seen: { url?: string; init?: RequestInit } = {},
): typeof fetch {
  return (input, init) => {
    seen.url = String(input);
    seen.init = init;
    return Promise.resolve(new Response(JSON.stringify(body), { status }));
  };
}

describe('ApiClient', () => {
  it('sends the token as a bearer header and the source as one field', async () => {
    const seen: { url?: string; init?: RequestInit } = {};
    const client = new ApiClient('', fakeFetch(201, { id: 's1', name: 'A' }, seen));
    await client.createScenario('w1', 'tok', 'A', { kind: 'template', template: 't-1' });
    expect(seen.url).toBe('/api/workspaces/w1/scenarios');
    expect((seen.init?.headers as Record<string, string>).Authorization).toBe('Bearer tok');
    expect(JSON.parse(String(seen.init?.body))).toEqual({ name: 'A', template: 't-1' });
  });

  it('forks from a version by naming the scenario and the version, and nothing else', async () => {
    const seen: { url?: string; init?: RequestInit } = {};
    const client = new ApiClient('', fakeFetch(201, { id: 's2', name: 'B' }, seen));
    await client.createScenario('w1', 'tok', 'B', { kind: 'fork', from: 's1', version: 'v1' });
    expect(JSON.parse(String(seen.init?.body))).toEqual({ name: 'B', from: 's1', version: 'v1' });
    await client.createScenario('w1', 'tok', 'C', { kind: 'blank' });
    expect(JSON.parse(String(seen.init?.body))).toEqual({ name: 'C' });
  });

  it('turns an error body into an ApiError with both messages', async () => {
    const client = new ApiClient(
      '',
      fakeFetch(401, { error: { code: 'unauthorized', message: 'Bad token', messageZh: '令牌无效' } }),
    );
    const error = await client.getWorkspace('w1', 'x').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('unauthorized');
    expect((error as ApiError).localized('zh')).toBe('令牌无效');
  });

  it('reports an unreachable server as a network error with a message in both languages', async () => {
    const client = new ApiClient('', () => Promise.reject(new TypeError('Failed to fetch')));
    const error = (await client.listVersions('w1', 't', 's1').catch((caught: unknown) => caught)) as ApiError;
    expect(error.status).toBe(0);
    expect(error.code).toBe('network');
    expect(error.localized('zh')).toBe('无法连接服务器');
  });
});
