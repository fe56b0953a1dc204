'use client';

/** The browser's own print dialog, where "Save as PDF" is one of the printers. On screen only. */
export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded-md bg-brand px-3 py-2 text-sm font-medium text-white hover:bg-brand-dark print:hidden"
    >
      Print
    </button>
  );
}
