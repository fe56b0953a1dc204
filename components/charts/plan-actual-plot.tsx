'use client';

import dynamic from 'next/dynamic';
import { PlotPlaceholder } from './chart-card';

/*
 * Plan vs actual's plot, fetched in the browser into the box its card has
 * reserved. All the section renders on the server; this wrapper is the only
 * new code the idea page loads first, so it stays this small.
 */
export const PlanActualPlot = dynamic(() => import('./plan-actual-plots').then((m) => m.PlanActualPlot), { ssr: false, loading: PlotPlaceholder });
