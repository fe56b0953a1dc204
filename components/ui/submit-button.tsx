'use client';

import { useFormStatus } from 'react-dom';

/** A submit button that shows the form is being saved and cannot be clicked twice meanwhile. */
export function SubmitButton({
  children,
  pendingText,
  variant = 'primary',
  pending: pendingProp,
}: {
  children: React.ReactNode;
  pendingText: string;
  /** secondary: one of many on a page (each version's restore), quieter than the page's main action. */
  variant?: 'primary' | 'danger' | 'secondary';
  pending?: boolean;
}) {
  const status = useFormStatus();
  const pending = pendingProp ?? status.pending;
  const colours = {
    primary: 'bg-brand text-white hover:bg-brand-dark',
    danger: 'bg-fail text-white hover:bg-red-800',
    secondary: 'border border-line bg-white text-ink hover:bg-paper',
  }[variant];
  const spinner = variant === 'secondary' ? 'border-ink/30 border-t-ink' : 'border-white/40 border-t-white';
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-medium disabled:cursor-wait disabled:opacity-70 ${colours}`}
    >
      {pending && (
        <span aria-hidden className={`size-4 animate-spin rounded-full border-2 ${spinner}`} />
      )}
      <span aria-live="polite">{pending ? pendingText : children}</span>
    </button>
  );
}
