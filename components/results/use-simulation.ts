'use client';

import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { Uncertainty } from '@/lib/results/uncertainty';
import type { Assumptions, Ranges } from '@/lib/underwrite';
import type { SimulationReply, SimulationRequest } from './simulation.worker';

export interface Simulation {
  /** The latest finished run, or the server's for the saved ranges; null without ranges. */
  uncertainty: Uncertainty | null;
  /** A run the founder is waiting for is in flight. */
  pending: boolean;
  /** The worker failed: the results stay as they were. */
  failed: boolean;
  /** Re-simulates with these ranges in the worker; only the last call's answer is shown. */
  run: (assumptions: Assumptions, ranges: Ranges) => void;
  /** Drops any run still to come (the ranges became invalid): the results freeze. */
  freeze: () => void;
  /** Starts the worker ahead of the first edit, so that edit does not wait for it to load. */
  warm: () => void;
}

/**
 * simulate() in a Web Worker, one run at a time: while one is in flight, a
 * newer request replaces any queued one, so typing fast never piles runs up
 * and the last edit's answer comes one run after it. The worker's code is
 * fetched only when `warm` or `run` is first called, never in the first load.
 */
export function useSimulation(initial: Uncertainty | null): Simulation {
  const [uncertainty, setUncertainty] = useState(initial);
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);
  const busy = useRef(false);
  const queued = useRef<SimulationRequest | null>(null);

  const start = useCallback((): Worker => {
    if (worker.current) return worker.current;
    const created = new Worker(new URL('./simulation.worker.ts', import.meta.url));
    created.addEventListener('message', (event: MessageEvent<SimulationReply>) => {
      const reply = event.data;
      const next = queued.current;
      queued.current = null;
      busy.current = next !== null;
      if (next) created.postMessage(next);
      if (reply.id !== latest.current) return;
      // One transition for the answer: React renders the new figures and charts
      // in slices, so a keystroke is never stuck behind them.
      startTransition(() => {
        setPending(false);
        if (reply.ok) setUncertainty(reply.uncertainty);
        else setFailed(true);
      });
    });
    created.addEventListener('error', () => {
      busy.current = false;
      setPending(false);
      setFailed(true);
    });
    worker.current = created;
    return created;
  }, []);

  const run = useCallback(
    (assumptions: Assumptions, ranges: Ranges) => {
      const request: SimulationRequest = { id: ++latest.current, assumptions, ranges };
      // Not urgent: the keystroke that asked for the run renders first.
      startTransition(() => setPending(true));
      const target = start();
      if (busy.current) {
        queued.current = request;
      } else {
        busy.current = true;
        target.postMessage(request);
      }
    },
    [start],
  );

  const freeze = useCallback(() => {
    latest.current++;
    queued.current = null;
    setPending(false);
  }, []);

  const warm = useCallback(() => void start(), [start]);

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
      busy.current = false;
    },
    [],
  );

  return { uncertainty, pending, failed, run, freeze, warm };
}
