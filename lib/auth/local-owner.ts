/** The one owner of every idea until accounts exist (see lib/auth/owner.ts). */
export const LOCAL_OWNER_ID = 'local';
