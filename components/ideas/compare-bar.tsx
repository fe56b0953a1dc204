'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { COMPARE_FORM } from './compare-form';

const MIN = 2;
const MAX = 4;

/**
 * The list's "Compare (n)" button: the form the rows' checkboxes belong to
 * (form="compare-ideas"). Without JavaScript it is a plain GET form to
 * /compare (?ids=a&ids=b, which the page reads as well as ?ids=a,b). With
 * it, the button counts the ticks, is enabled for 2 to 4 ideas only, and
 * opens /compare?ids=a,b, the shorter address to share or bookmark.
 */
export function CompareBar() {
  const router = useRouter();
  // Null until the script runs: the server's button is enabled and unnumbered, for the form without JavaScript.
  const [ids, setIds] = useState<string[] | null>(null);

  useEffect(() => {
    const read = () =>
      setIds([...document.querySelectorAll<HTMLInputElement>(`input[form="${COMPARE_FORM}"]:checked`)].map((box) => box.value));
    read();
    document.addEventListener('change', read);
    return () => document.removeEventListener('change', read);
  }, []);

  const count = ids?.length ?? 0;
  const ready = ids === null || (count >= MIN && count <= MAX);
  const hint =
    count < MIN ? `Tick ${MIN} to ${MAX} ideas to compare them.` : count > MAX ? `Compare takes at most ${MAX}: untick ${count - MAX}.` : null;
  return (
    <form
      id={COMPARE_FORM}
      action="/compare"
      method="get"
      className="flex flex-wrap items-center gap-x-3 gap-y-1"
      onSubmit={(event) => {
        event.preventDefault();
        if (ids && ready) router.push(`/compare?ids=${ids.join(',')}`);
      }}
    >
      <button
        type="submit"
        disabled={!ready}
        className="rounded-md border border-brand bg-white px-3 py-1.5 text-sm font-medium text-brand hover:bg-paper disabled:cursor-not-allowed disabled:border-line disabled:text-muted"
      >
        {ids === null ? 'Compare' : `Compare (${count})`}
      </button>
      <span className="text-xs text-muted" aria-live="polite">
        {hint}
      </span>
    </form>
  );
}
