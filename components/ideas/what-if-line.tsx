import Link from 'next/link';

/**
 * Under a what-if copy's name: the original it was copied from, and (on the
 * idea page) the two side by side. Shown only for an original that still
 * exists and is the same founder's (whatIfOrigin).
 */
export function WhatIfLine({ copyId, origin, compare = false }: { copyId: string; origin: { id: string; name: string }; compare?: boolean }) {
  return (
    <p className="mt-1 flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm text-muted" data-testid="what-if-of">
      <span className="min-w-0 break-words">
        What-if of{' '}
        <Link href={`/ideas/${origin.id}`} className="font-medium text-brand underline-offset-2 hover:underline">
          {origin.name}
        </Link>
      </span>
      {compare && (
        <Link href={`/compare?ids=${origin.id},${copyId}`} className="font-medium text-brand underline-offset-2 hover:underline">
          Compare with the original
        </Link>
      )}
    </p>
  );
}
