/**
 * The demo account of the embedded database (npm run dev / npm start without
 * DATABASE_URL): it owns the demo ideas, and its credentials are printed in
 * the console and shown on the sign-in page in that mode only. The database
 * listens on 127.0.0.1 alone, so a public password is harmless there.
 */
export const DEMO_ACCOUNT = {
  name: 'Demo founder',
  email: 'demo@underwrite.local',
  password: 'demo-founder-2026',
} as const;

/** The owner id ideas had before accounts existed (see the accounts migration). */
export const PRE_ACCOUNTS_OWNER_ID = 'local';
