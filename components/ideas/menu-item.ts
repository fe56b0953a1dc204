/**
 * The look of one entry of the idea page's More menu (more-menu.tsx), for a
 * <Link> or a form's <button>. Here rather than beside the menu: a server
 * component importing a constant from a 'use client' module gets a client
 * reference, not the string.
 */
export const MENU_ITEM =
  'flex w-full items-center gap-2 rounded px-3 py-2 text-left text-sm font-medium text-ink hover:bg-paper focus-visible:bg-paper disabled:cursor-wait disabled:opacity-70';
