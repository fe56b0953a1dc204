'use server';

import { revalidatePath } from 'next/cache';
import { redirect, unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { failure, unexpected, UNKNOWN_EXAMPLE_MESSAGE, type ActionResult } from '@/lib/actions/result';
import { currentOwnerId } from '@/lib/auth/session';
import { createIdea } from '@/lib/ideas/data';
import { exampleIdea } from '@/lib/ideas/examples';
import { PRODUCT_TYPES } from '@/lib/ideas/product-types';

const exampleSchema = z.object({
  productType: z.enum(PRODUCT_TYPES),
  // One key per rendered list: a double click finds the example it already made.
  createKey: z.uuid().optional().catch(undefined),
});

/** "Start from an example": creates the product type's example idea and opens it. */
export async function createExampleIdeaAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const parsed = exampleSchema.safeParse({ productType: formData.get('productType'), createKey: formData.get('createKey') ?? undefined });
  if (!parsed.success) return failure(UNKNOWN_EXAMPLE_MESSAGE);
  let id: string;
  try {
    id = (await createIdea(await currentOwnerId(), exampleIdea(parsed.data.productType), { createKey: parsed.data.createKey })).id;
  } catch (error) {
    unstable_rethrow(error);
    return unexpected('createExampleIdeaAction', error);
  }
  revalidatePath('/');
  redirect(`/ideas/${id}`);
}
