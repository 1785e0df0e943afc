// The pages web-test-runner.config.js builds with esbuild before the run.
declare module 'integration:react' {
  export function mountReact(container: HTMLElement, options: { onChange: (detail: import('../../src/index.js').PbxChangeDetail) => void }): {
    render(scenario: unknown): void;
    unmount(): void;
  };
  export function mountReactForm(container: HTMLElement, options: { onSubmit: (data: FormData) => void }): { unmount(): void };
}
declare module 'integration:vue' {
  export function mountVue(
    container: HTMLElement,
    options: { scenario: unknown; onChange: (detail: import('../../src/index.js').PbxChangeDetail) => void },
  ): { set(scenario: unknown): Promise<void>; unmount(): void };
  export function mountVueForm(container: HTMLElement, options: { onSubmit: (data: FormData) => void }): { unmount(): void };
}
