/** Runs jobs with at most `limit` in flight; `onError` decides whether a failure is tolerable (or rethrows). */
export async function runLimited(jobs: (() => Promise<void>)[], limit: number, onError: (error: unknown) => void): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      try {
        await job();
      } catch (error) {
        onError(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
}
