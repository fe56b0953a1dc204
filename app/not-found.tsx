import Link from 'next/link';
import { connection } from 'next/server';

export default async function NotFound() {
  // Per request, not prerendered: its scripts need the request's CSP nonce.
  await connection();
  return (
    <div className="mx-auto max-w-xl rounded-lg border border-line bg-white p-6">
      <h1 className="text-xl font-semibold">Idea not found</h1>
      <p className="mt-2 text-sm text-muted">
        There is no idea at this address. It may have been deleted, or the link is mistyped.
      </p>
      <Link href="/" className="mt-4 inline-block text-sm font-medium text-brand underline">
        Back to your ideas
      </Link>
    </div>
  );
}
