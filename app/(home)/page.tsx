import Link from 'next/link';
import { currentOwnerId } from '@/lib/auth/owner';
import { listIdeas } from '@/lib/ideas/data';
import { PRODUCT_TYPE_INFO } from '@/lib/ideas/product-types';

export default async function HomePage() {
  const ideas = await listIdeas(await currentOwnerId());
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Your ideas</h1>
        <p className="mt-1 text-sm text-muted">
          Pull the real numbers first. Run a base case and a stress case. Then decide.
        </p>
      </div>
      {ideas.length === 0 ? (
        <div className="rounded-lg border border-dashed border-line bg-white p-8 text-center">
          <p className="font-medium">No ideas yet.</p>
          <p className="mt-1 text-sm text-muted">Underwrite your first idea in a few minutes.</p>
          <Link href="/ideas/new" className="mt-4 inline-block rounded-md bg-brand px-4 py-2 text-sm font-medium text-white">
            New idea
          </Link>
        </div>
      ) : (
        <ul className="divide-y divide-line overflow-hidden rounded-lg border border-line bg-white" aria-label="Ideas">
          {ideas.map((idea) => (
            <li key={idea.id}>
              <Link href={`/ideas/${idea.id}`} className="block px-4 py-3 hover:bg-paper">
                <span className="font-medium">{idea.name}</span>
                <span className="block text-sm text-muted">
                  {PRODUCT_TYPE_INFO[idea.productType].label} ·{' '}
                  {idea.assumptions.pricingModel === 'one_time' ? 'one-time sale' : 'subscription'}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
