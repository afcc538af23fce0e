// Runs a bounded load against one URL on loopback and reports latency percentiles computed from
// every response (autocannon's own summary has no p95).
import autocannon from 'autocannon';

export interface LoadResult {
  path: string;
  requests: number;
  errors: number;
  non2xx: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

export async function load(options: {
  baseUrl: string;
  path: string;
  seconds: number;
  connections: number;
}): Promise<LoadResult> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${options.baseUrl}${options.path}`,
        connections: options.connections,
        duration: options.seconds,
      },
      (error, summary) =>
        error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(summary),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    path: options.path,
    requests: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
    rps: round(result.requests.average),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
  };
}
