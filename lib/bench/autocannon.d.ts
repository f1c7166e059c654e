// autocannon 8 ships no types; the part the benchmark uses.
declare module 'autocannon' {
  namespace autocannon {
    type Request = {
      method?: string;
      path?: string;
      headers?: Record<string, string>;
      body?: string;
      setupRequest?: (request: Request, context: Record<string, unknown>) => Request;
      onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: Record<string, string>) => void;
    };
    type Options = {
      url: string;
      connections?: number;
      duration?: number;
      amount?: number;
      timeout?: number;
      pipelining?: number;
      requests?: Request[];
    };
    type Result = {
      requests: { total: number; average: number };
      errors: number;
      timeouts: number;
      non2xx: number;
      duration: number;
    };
    type Instance = PromiseLike<Result> & { on: (event: string, listener: (...args: never[]) => void) => void; stop: () => void };
  }
  function autocannon(options: autocannon.Options): autocannon.Instance;
  export default autocannon;
}
