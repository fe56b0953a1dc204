import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { applyMigrations, readMigrations } from '@/scripts/db/migrations';
import { diffMigrationsToSchema } from '@/scripts/db/schema-engine';

describe('migrations', () => {
  it('agree with schema.prisma (no drift)', async () => {
    // The migrations replayed on a shadow database, diffed against schema.prisma by
    // Prisma's own schema engine: any model change without a migration shows up here.
    const sql = await diffMigrationsToSchema(inject('serverUrl'));
    expect(sql, 'schema.prisma has changes no migration creates: run `npm run db:migrate -- --create <name>`').toBe('');
  }, 60_000);

  it('are recorded the way Prisma records them, and applying again is a no-op', async () => {
    const url = inject('databaseUrl');
    expect(await applyMigrations(url)).toEqual([]);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
        'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name',
      );
      const files = await readMigrations();
      expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(files.map((m) => [m.name, m.checksum]));
      expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    } finally {
      await client.end();
    }
  });

  it('leave nothing behind when a migration fails', async () => {
    const { mkdtemp, mkdir, writeFile, cp } = await import('node:fs/promises');
    const path = await import('node:path');
    const os = await import('node:os');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'uw-migrations-'));
    await cp('prisma/migrations', dir, { recursive: true });
    await mkdir(path.join(dir, '99990101000000_broken'));
    await writeFile(
      path.join(dir, '99990101000000_broken', 'migration.sql'),
      'CREATE TABLE "half_applied" (id int);\nSELECT * FROM "no_such_table";',
    );
    await expect(applyMigrations(inject('databaseUrl'), () => {}, dir)).rejects.toThrow(/99990101000000_broken failed/);

    const client = new pg.Client({ connectionString: inject('databaseUrl') });
    await client.connect();
    try {
      const table = await client.query("SELECT to_regclass('half_applied') AS t");
      expect(table.rows[0].t).toBeNull();
      const recorded = await client.query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '99990101000000_broken'`);
      expect(recorded.rowCount).toBe(0);
    } finally {
      await client.end();
    }
  });
});
