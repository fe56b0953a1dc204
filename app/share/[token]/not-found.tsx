import { connection } from 'next/server';

/** The one answer for a token that opens nothing, whether it never existed or was revoked: the same words, the same 404. */
export default async function SharedLinkNotFound() {
  // Per request, not prerendered: its scripts need the request's CSP nonce.
  await connection();
  return (
    <div className="mx-auto max-w-xl rounded-lg border border-line bg-white p-6">
      <h1 className="text-xl font-semibold">This link does not open anything</h1>
      <p className="mt-2 text-sm text-muted">
        The link may have been turned off by the person who shared it, or copied incompletely. Ask them for a new one.
      </p>
    </div>
  );
}
