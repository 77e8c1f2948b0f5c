// Retry policies per kind of job, and the exponential backoff both backends apply.
import type { RetryPolicy } from './job-queue.js';

/** Translation providers go down for minutes; clustering fails only on a database problem. */
export const defaultRetryPolicies: Readonly<Record<string, RetryPolicy>> = {
  translate: { maxAttempts: 6, retryDelaySeconds: 60 },
  cluster: { maxAttempts: 5, retryDelaySeconds: 60 },
};

export const fallbackRetryPolicy: RetryPolicy = { maxAttempts: 5, retryDelaySeconds: 60 };

export function retryPolicyFor(kind: string, policies: Readonly<Record<string, RetryPolicy>>): RetryPolicy {
  return policies[kind] ?? defaultRetryPolicies[kind] ?? fallbackRetryPolicy;
}

/** When a job that failed `attempts` times before this failure runs again; null when it is out of attempts. */
export function nextRetryAt(attempts: number, policy: RetryPolicy, now = Date.now()): Date | null {
  if (attempts + 1 >= policy.maxAttempts) return null;
  return new Date(now + policy.retryDelaySeconds * 1000 * 2 ** attempts);
}
