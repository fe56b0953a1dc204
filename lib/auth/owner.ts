import 'server-only';
import { connection } from 'next/server';
import { LOCAL_OWNER_ID } from './local-owner';

/**
 * Who is asking. Until accounts exist every visitor is the one local owner;
 * every data-layer call already takes this id, so accounts only have to
 * change this function.
 */
export { LOCAL_OWNER_ID };

export async function currentOwnerId(): Promise<string> {
  // The owner is a property of the request: never prerender a page that asks.
  await connection();
  return LOCAL_OWNER_ID;
}
