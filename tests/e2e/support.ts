import { randomUUID } from 'node:crypto';
import { LOCAL_OWNER_ID } from '@/lib/auth/local-owner';
import { createIdea, getIdea, listIdeas, type Idea } from '@/lib/ideas/data';
import { DEMO_IDEAS } from '@/lib/ideas/demo';
import type { IdeaInput } from '@/lib/ideas/schema';

/** A name no other test uses, so parallel tests can share the one local owner. */
export const uniqueName = (prefix: string) => `${prefix} ${randomUUID().slice(0, 8)}`;

/** Seeds an idea through the data layer, as the app itself would store it. */
export async function seedIdea(overrides: Partial<IdeaInput> = {}, from = 0): Promise<Idea> {
  return createIdea(LOCAL_OWNER_ID, { ...DEMO_IDEAS[from]!.input, name: uniqueName('Seeded'), ...overrides });
}

export const ideasNamed = async (name: string) => (await listIdeas(LOCAL_OWNER_ID)).filter((i) => i.name === name);
export const readIdea = (id: string) => getIdea(LOCAL_OWNER_ID, id);
