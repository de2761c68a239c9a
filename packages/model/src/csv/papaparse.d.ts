// Our own declaration of the part of papaparse the model uses. Its published types pull in Node's,
// which the model must not see (tsconfig `types: []`), so they are not installed here.
declare module 'papaparse' {
  export interface ParseError {
    readonly type: string;
    readonly code: string;
    readonly message: string;
    readonly row?: number;
    /** Character offset in the input. */
    readonly index?: number;
  }
  export interface StepResult {
    readonly data: string[];
    readonly errors: readonly ParseError[];
    readonly meta: { readonly cursor: number; readonly delimiter: string };
  }
  export interface ParseConfig {
    readonly delimiter?: string;
    readonly delimitersToGuess?: readonly string[];
    readonly skipEmptyLines?: boolean | 'greedy';
    readonly step?: (result: StepResult) => void;
  }
  const Papa: { parse(input: string, config: ParseConfig): void };
  export default Papa;
}
