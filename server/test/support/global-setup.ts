import { buildServer } from '../../scripts/build.mjs';

/** The crash and lock tests run the real bundle as a child process, so build it from the current source. */
export default async function setup(): Promise<void> {
  await buildServer();
}
