import { describe, expect, it } from 'vitest';
import { saveActualWeek } from '@/lib/ideas/actuals';
import { createIdea, deleteIdea } from '@/lib/ideas/data';
import { SHARE_LOOKUP_WINDOW_MS, SHARE_LOOKUPS_PER_WINDOW, takeShareLookup } from '@/lib/share/lookup-limit';
import { createShareLink, findSharedIdea, listShareLinks, revokeShareLink } from '@/lib/share/links';
import { hashShareToken, newShareToken } from '@/lib/share/token';
import { DEMO_IDEAS } from '@/scripts/demo/ideas';
import { week } from '../support/actual-weeks';
import { createOwner, sql } from './support';

/* Share links in PostgreSQL: only the token's hash is kept, only the owner lists and revokes, and a revoked link opens nothing. */

const newIdea = async (owner: string) => (await createIdea(owner, DEMO_IDEAS[0]!.input)).id;

describe('share links data layer', () => {
  it('creates a link whose token is stored only as its SHA-256, and opens the idea read from the token', async () => {
    const me = await createOwner();
    const idea = await newIdea(me);
    await saveActualWeek(me, idea, week('2026-09-07', { visitors: 900, sales: 4 }));
    const created = await createShareLink(me, idea, 'For my advisor');
    expect(created).not.toBeNull();
    const { link, token } = created!;
    expect(link).toMatchObject({ label: 'For my advisor', revokedAt: null, lastViewedAt: null });

    const { rows } = await sql('SELECT token_hash FROM share_links WHERE id = $1', [link.id]);
    expect(rows[0].token_hash).toBe(hashShareToken(token));
    const { rows: leaks } = await sql("SELECT count(*)::int AS n FROM share_links WHERE token_hash = $1 OR label LIKE '%' || $1 || '%'", [token]);
    expect(leaks[0].n).toBe(0);

    const shared = await findSharedIdea(token);
    expect(shared?.idea.id).toBe(idea);
    expect(shared?.idea.name).toBe(DEMO_IDEAS[0]!.input.name);
    expect(shared?.weeks).toEqual([week('2026-09-07', { visitors: 900, sales: 4 })]);
    expect((await listShareLinks(me, idea))![0]!.lastViewedAt).toBeInstanceOf(Date);
  });

  it('lists an idea’s links newest first, revoked ones marked, and a revoked token opens nothing, like an unknown one', async () => {
    const me = await createOwner();
    const idea = await newIdea(me);
    const first = (await createShareLink(me, idea, ''))!;
    const second = (await createShareLink(me, idea, 'Partner'))!;
    expect((await listShareLinks(me, idea))!.map((l) => l.id)).toEqual([second.link.id, first.link.id]);

    expect(await revokeShareLink(me, idea, first.link.id)).toEqual({ status: 'ok', saved: null });
    // Revoking again is still ok, and keeps the first revocation's time.
    const revokedAt = (await listShareLinks(me, idea))!.find((l) => l.id === first.link.id)!.revokedAt;
    expect(revokedAt).toBeInstanceOf(Date);
    expect(await revokeShareLink(me, idea, first.link.id)).toEqual({ status: 'ok', saved: null });
    expect((await listShareLinks(me, idea))!.find((l) => l.id === first.link.id)!.revokedAt).toEqual(revokedAt);

    expect(await findSharedIdea(first.token)).toBeNull();
    expect(await findSharedIdea(newShareToken())).toBeNull();
    expect(await findSharedIdea('')).toBeNull();
    expect(await findSharedIdea('not a token at all ✓')).toBeNull();
    expect((await findSharedIdea(second.token))?.idea.id).toBe(idea);
  });

  it('never lets another owner create, list or revoke links of an idea that is not theirs', async () => {
    const alice = await createOwner();
    const bob = await createOwner();
    const idea = await newIdea(alice);
    const bobsIdea = await newIdea(bob);
    const { link, token } = (await createShareLink(alice, idea, 'Alice’s'))!;

    expect(await createShareLink(bob, idea, 'sneaky')).toBeNull();
    expect(await listShareLinks(bob, idea)).toBeNull();
    expect(await revokeShareLink(bob, idea, link.id)).toEqual({ status: 'not_found' });
    // Naming his own idea with her link does not reach it either.
    expect(await revokeShareLink(bob, bobsIdea, link.id)).toEqual({ status: 'not_found' });
    expect(await listShareLinks(bob, bobsIdea)).toEqual([]);
    expect(await listShareLinks(alice, 'not-an-id')).toBeNull();
    expect(await revokeShareLink(alice, idea, 'not-an-id')).toEqual({ status: 'not_found' });
    expect(await createShareLink(alice, '00000000-0000-4000-8000-000000000000', '')).toBeNull();

    const { rows } = await sql('SELECT count(*)::int AS n FROM share_links WHERE idea_id = $1', [idea]);
    expect(rows[0].n).toBe(1);
    expect((await findSharedIdea(token))?.idea.id).toBe(idea);
  });

  it('deletes an idea’s links with the idea, and with its owner', async () => {
    const me = await createOwner();
    const idea = await newIdea(me);
    const other = await newIdea(me);
    const { token } = (await createShareLink(me, idea, ''))!;
    await createShareLink(me, other, '');
    expect(await deleteIdea(me, idea)).toEqual({ status: 'ok', saved: null });
    expect((await sql('SELECT count(*)::int AS n FROM share_links WHERE idea_id = $1', [idea])).rows[0].n).toBe(0);
    expect(await findSharedIdea(token)).toBeNull();

    await sql('DELETE FROM users WHERE id = $1', [me]);
    expect((await sql('SELECT count(*)::int AS n FROM share_links WHERE idea_id = $1', [other])).rows[0].n).toBe(0);
  });

  it('refuses a stored hash that is not lower-case hex', async () => {
    const me = await createOwner();
    const idea = await newIdea(me);
    await expect(sql("INSERT INTO share_links (id, idea_id, token_hash) VALUES (gen_random_uuid(), $1, $2)", [idea, 'A'.repeat(64)])).rejects.toThrow(
      /share_links_token_hash/,
    );
  });
});

describe('share lookup limit', () => {
  it('allows 60 lookups a minute per address, then says when to retry, and starts afresh a minute later', async () => {
    const address = `203.0.113.${Math.floor(Math.random() * 250)}-${Date.now()}`;
    const start = 1_800_000_000_000;
    for (let i = 0; i < SHARE_LOOKUPS_PER_WINDOW; i++) expect(await takeShareLookup(address, start + i * 100)).toEqual({ ok: true });
    expect(await takeShareLookup(address, start + 10_000)).toEqual({ ok: false, retryAfterSeconds: 50 });
    expect(await takeShareLookup(address, start + 59_500)).toEqual({ ok: false, retryAfterSeconds: 1 });
    // Another address is counted on its own.
    expect(await takeShareLookup(`${address}-other`, start + 10_000)).toEqual({ ok: true });
    expect(await takeShareLookup(address, start + SHARE_LOOKUP_WINDOW_MS)).toEqual({ ok: true });
    expect(await takeShareLookup(address, start + SHARE_LOOKUP_WINDOW_MS + 1)).toEqual({ ok: true });
  });
});
