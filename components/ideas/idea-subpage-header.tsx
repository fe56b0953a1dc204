import Link from 'next/link';

/** The header of a page under an idea (its history, its share links): the way back, the title, and what the page is for. */
export function IdeaSubpageHeader({ ideaId, title, children }: { ideaId: string; title: string; children: React.ReactNode }) {
  return (
    <header>
      <Link href={`/ideas/${ideaId}`} className="text-sm text-brand underline underline-offset-2 hover:text-brand-dark">
        ← Back to the idea
      </Link>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight break-words">{title}</h1>
      <p className="mt-1 text-sm text-muted">{children}</p>
    </header>
  );
}
