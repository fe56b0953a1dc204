/**
 * Prisma's schema engine compiled to WebAssembly, for the two jobs the native
 * CLI cannot do offline: writing a new migration from schema.prisma, and
 * checking that the migrations and schema.prisma agree (drift).
 *
 * Both diff "the migrations folder, replayed on a shadow database" against
 * "schema.prisma".
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { createRequire } from 'node:module';
import type { SchemaEngine as SchemaEngineType } from '@prisma/schema-engine-wasm';
import { MIGRATIONS_DIR, readMigrations } from './migrations';
import { createDatabase, dropDatabase, withDatabase } from './server';

export const SCHEMA_PATH = path.resolve('prisma/schema.prisma');

declare global {
  // Without it, an engine panic surfaces as a bare TypeError instead of its message.
  var PRISMA_WASM_PANIC_REGISTRY: { set_message?: (message: string) => void } | undefined;
}

/**
 * The package is built for bundlers (`import * as wasm from './x.wasm'`),
 * which Node cannot import, so instantiate the module by hand the way the
 * Prisma CLI does.
 */
async function loadSchemaEngine(): Promise<typeof SchemaEngineType> {
  const require = createRequire(import.meta.url);
  const bgPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const bindings = await import(bgPath);
  const bytes = await readFile(bgPath.replace(/\.js$/, '.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bindings });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  return bindings.SchemaEngine;
}

// PostgreSQL's one-byte "char" type (OID 18) appears in the catalogs the
// engine introspects (pg_constraint.contype, for one), but the pg adapter
// refuses to map it. Its values arrive as strings, so the pool reports it as
// text, remembers which columns they were (keyed by the rows array, which the
// adapter passes through), and the adapter then labels them Character, the
// type the engine expects for those columns.
const CHAR_OID = 18;
const TEXT_OID = 25;

function pgAdapterFactory(connectionString: string) {
  const charColumns = new WeakMap<object, number[]>();
  const pool = new pg.Pool({ connectionString, max: 2 });
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<pg.QueryResult>;
  (pool as { query: unknown }).query = async (...args: unknown[]) => {
    const result = await query(...args);
    const indices: number[] = [];
    (result.fields ?? []).forEach((field, i) => {
      if (field.dataTypeID !== CHAR_OID) return;
      field.dataTypeID = TEXT_OID;
      indices.push(i);
    });
    if (indices.length > 0) charColumns.set(result.rows, indices);
    return result;
  };

  const factory = new PrismaPg(pool, { disposeExternalPool: true });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const queryRaw = adapter.queryRaw.bind(adapter);
    adapter.queryRaw = async (q) => {
      const result = await queryRaw(q);
      for (const i of charColumns.get(result.rows) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
      return result;
    };
    return adapter;
  };
  return factory;
}

/**
 * The pg adapter's own shadow database drops the database before closing its
 * pool, which PostgreSQL refuses ("being accessed by other users"), and it
 * silently targets the main database when given a connectionString. This
 * factory makes the shadow database itself and drops it WITH (FORCE).
 */
function adapterFactory(server: string) {
  const main = pgAdapterFactory(server);
  return {
    provider: 'postgres' as const,
    adapterName: main.adapterName,
    connect: () => main.connect(),
    connectToShadowDb: async () => {
      const name = `prisma_shadow_${randomUUID().replaceAll('-', '')}`;
      await createDatabase(server, name);
      const shadow = await pgAdapterFactory(withDatabase(server, name)).connect();
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await dropDatabase(server, name);
      };
      return shadow;
    },
  };
}

/** The SQL that would bring a database built from the migrations folder to schema.prisma; empty when they agree. */
export async function diffMigrationsToSchema(server: string): Promise<string> {
  let panic = '';
  globalThis.PRISMA_WASM_PANIC_REGISTRY = { set_message: (m: string) => {
      panic = m;
      // A panic can also kill the process before the rejection is seen: say why first.
      console.error(`Prisma schema engine panic: ${m}`);
    } };

  const schema = await readFile(SCHEMA_PATH, 'utf8');
  const SchemaEngine = await loadSchemaEngine();
  const engine = await SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schema]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(adapterFactory(server)),
  );
  try {
    const migrations = await readMigrations();
    const result = await engine.diff({
      from: {
        tag: 'migrations',
        baseDir: MIGRATIONS_DIR,
        lockfile: { path: 'migration_lock.toml', content: 'provider = "postgresql"\n' },
        shadowDbInitScript: '',
        migrationDirectories: migrations.map((m) => ({
          path: m.name,
          migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: m.sql } },
        })),
      },
      to: { tag: 'schemaDatamodel', files: [{ path: SCHEMA_PATH, content: schema }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return (result.stdout ?? "").replace(/^-- This is an empty migration\.\s*$/m, '').trim();
  } catch (error) {
    throw new Error(panic ? `Prisma schema engine panicked: ${panic}` : String(error));
  } finally {
    engine.free();
  }
}
