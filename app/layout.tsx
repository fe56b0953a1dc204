import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import { HeaderActions } from '@/components/auth/header-actions';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Underwrite', template: '%s · Underwrite' },
  description: 'Underwrite a digital product idea before you build it: real numbers, a base and a stress case, a plain verdict.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          Skip to content
        </a>
        {/* Not on paper: a printed page (the one-page report) stands on its own. */}
        <header className="border-b border-line bg-white print:hidden">
          <nav aria-label="Main" className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
            <Link href="/" className="text-lg font-semibold tracking-tight text-ink">
              Underwrite
            </Link>
            <HeaderActions />
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-6 sm:py-8 print:max-w-none print:p-0">
          {children}
        </main>
      </body>
    </html>
  );
}
