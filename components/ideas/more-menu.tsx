'use client';

import { useEffect, useRef } from 'react';

/**
 * A small disclosure for an idea's secondary actions (History, Duplicate,
 * and whatever else joins them), so a phone's header keeps to three
 * buttons. A native <details>: it opens with Enter or Space on its summary,
 * its entries are reached with Tab, and it works before (or without) the
 * page's JavaScript. The script only adds what a menu is expected to do:
 * Escape closes it and gives focus back to "More", and a click elsewhere
 * closes it. Style entries with MENU_ITEM (menu-item.ts).
 */
export function MoreMenu({ children, label = 'More' }: { children: React.ReactNode; label?: string }) {
  const details = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    const close = (event: PointerEvent) => {
      const menu = details.current;
      if (menu?.open && !menu.contains(event.target as Node)) menu.open = false;
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, []);

  return (
    <details
      ref={details}
      className="group relative"
      onKeyDown={(event) => {
        const menu = details.current;
        if (event.key !== 'Escape' || !menu?.open) return;
        event.preventDefault();
        menu.open = false;
        menu.querySelector('summary')?.focus();
      }}
    >
      <summary className="flex cursor-pointer list-none items-center gap-1 rounded-md border border-line bg-white px-3 py-2 text-sm font-medium select-none hover:bg-paper [&::-webkit-details-marker]:hidden">
        {label}
        <span aria-hidden className="text-xs text-muted transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <div className="absolute right-0 z-20 mt-1 flex w-56 max-w-[calc(100vw-2rem)] flex-col rounded-md border border-line bg-white p-1 shadow-lg">
        {children}
      </div>
    </details>
  );
}
