// The part of Mozilla's addons-linter that scripts/lint-firefox.ts uses: the package ships no types.
declare module 'addons-linter' {
  export interface LinterMessage {
    type?: string;
    code: string;
    message: string;
    /** The file inside the zip, with the line and column where the linter points. */
    file?: string;
    line?: number | null;
    column?: number | null;
  }
  export interface LinterResult {
    errors: LinterMessage[];
    warnings: LinterMessage[];
    notices: LinterMessage[];
  }
  export interface LinterConfig {
    /** The files to lint, as the command line's positional arguments. */
    _: string[];
    logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug';
    stack: boolean;
    pretty: boolean;
    warningsAsErrors: boolean;
    metadata: boolean;
    output: 'none' | 'json' | 'text';
    boring: boolean;
    selfHosted: boolean;
  }
  const linter: {
    createInstance(options: { config: LinterConfig; runAsBinary: boolean }): { run(): Promise<LinterResult> };
  };
  export default linter;
}
