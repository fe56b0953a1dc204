import { redirect } from 'next/navigation';
import { exportAccount } from '@/lib/account/export';
import { getSession } from '@/lib/auth/session';

/**
 * GET /account/export: "Download all my data (JSON)". Only ever the
 * signed-in user's own data (lib/account/export.ts); a visitor is sent to
 * sign in, as for the account page itself.
 */
export async function GET() {
  const session = await getSession();
  if (!session) redirect('/sign-in?next=/account');
  const data = await exportAccount(session.user.id);
  if (!data) redirect('/sign-in?next=/account');
  const day = data.exportedAt.toISOString().slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="underwrite-data-${day}.json"`,
      // Personal data: never kept by a shared cache or the browser's.
      'cache-control': 'private, no-store',
    },
  });
}
