import { ACCOUNT_DELETED_MESSAGE } from '@/lib/account/schema';
import Link from 'next/link';

const POINTS = [
  {
    title: 'Pull the real numbers first',
    text: 'A worksheet of price, traffic, conversion, refunds, fees, support minutes, upkeep hours and what your hour is worth, with sober defaults per product type.',
  },
  {
    title: 'A base case and a stress case',
    text: 'Month by month, side by side. Low marginal cost does not mean easy demand: the stress case cuts traffic and conversion and adds refunds, churn and work.',
  },
  {
    title: 'A plain verdict',
    text: 'Robust, fragile or fail, with the numbers that decided it. A strong upside does not make the downside acceptable: a fragile idea looks fragile.',
  },
  {
    title: 'A 30-day validation plan',
    text: 'The checklist and the build-it-once test beside the results, so you prove demand before you spend weeks building.',
  },
];

/** What a visitor without an account sees at /. */
export function Landing({ accountDeleted = false }: { accountDeleted?: boolean }) {
  return (
    <div className="space-y-10">
      {accountDeleted && (
        <p role="status" className="rounded-lg border border-robust/40 bg-white px-4 py-3 text-sm font-medium text-robust">
          {ACCOUNT_DELETED_MESSAGE} You are signed out everywhere.
        </p>
      )}
      <section className="max-w-3xl">
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Underwrite a digital product idea before you build it.</h1>
        <p className="mt-4 text-lg text-muted">
          Templates, ebooks, courses, memberships and small software look cheap to make and easy to sell. Underwrite
          puts numbers on that: the cash flow, the hours and the downside, with equal seriousness. Passive income is a
          myth; semi-passive is real.
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link href="/sign-up" className="rounded-md bg-brand px-4 py-2.5 text-sm font-medium text-white hover:bg-brand-dark">
            Create a free account
          </Link>
          <Link href="/sign-in" className="rounded-md border border-line bg-white px-4 py-2.5 text-sm font-medium hover:bg-paper">
            Sign in
          </Link>
        </div>
      </section>
      <ul className="grid gap-4 sm:grid-cols-2">
        {POINTS.map((p) => (
          <li key={p.title} className="rounded-lg border border-line bg-white p-5">
            <h2 className="font-semibold">{p.title}</h2>
            <p className="mt-1 text-sm text-muted">{p.text}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
