/*
 * The Monte Carlo off the main thread: uncertaintyOf() runs simulate() with
 * the page's fixed seed and trial count and words the result, exactly as the
 * server did for the first paint. Spawned lazily by useSimulation (after
 * first paint), then kept for every later run.
 */
import { uncertaintyOf, type Uncertainty } from '@/lib/results/uncertainty';
import type { Assumptions, Ranges } from '@/lib/underwrite';

export interface SimulationRequest {
  id: number;
  assumptions: Assumptions;
  ranges: Ranges;
}

export type SimulationReply = { id: number; ok: true; uncertainty: Uncertainty | null } | { id: number; ok: false; message: string };

addEventListener('message', (event: MessageEvent<SimulationRequest>) => {
  const { id, assumptions, ranges } = event.data;
  let reply: SimulationReply;
  try {
    reply = { id, ok: true, uncertainty: uncertaintyOf(assumptions, ranges) };
  } catch (error) {
    // The editor checks ranges before asking, so this is a bug; say so rather than hang.
    reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  postMessage(reply);
});
