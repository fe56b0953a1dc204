import { z } from 'zod';

/**
 * zod compiles object parsers with `new Function` when the page allows eval.
 * Our Content-Security-Policy does not (see proxy.ts), and merely probing for
 * it reports a violation in the browser. zod probes when the first object
 * schema is defined, not parsed, so every module that defines schemas
 * imports this one: an import runs before the body of the module importing it.
 */
z.config({ jitless: true });
