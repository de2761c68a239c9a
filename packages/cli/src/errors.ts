/** A failure the user can act on: printed as `orgcanvas: <message>` with exit code 1. */
export class CliError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
