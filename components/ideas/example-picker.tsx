'use client';

import { useActionState } from 'react';
import { createExampleIdeaAction } from '@/app/ideas/example-actions';
import { SubmitButton } from '@/components/ui/submit-button';
import { idle } from '@/lib/actions/result';
import type { ProductType } from '@/lib/ideas/product-types';

/** One product type's "start from an example" button: its own form, so only the pressed one shows it is working. */
function ExampleButton({ type, label, createKey }: { type: ProductType; label: string; createKey: string }) {
  const [state, formAction] = useActionState(createExampleIdeaAction, idle);
  return (
    <form action={formAction}>
      <input type="hidden" name="productType" value={type} />
      <input type="hidden" name="createKey" value={createKey} />
      <SubmitButton variant="secondary" pendingText="Creating…">
        {label}
      </SubmitButton>
      {state.message && (
        <p role="alert" className="mt-1 text-xs text-fail">
          {state.message}
        </p>
      )}
    </form>
  );
}

/** A new account's empty list: a filled example of any product type, in one click. */
export function ExamplePicker({ examples }: { examples: { type: ProductType; label: string; createKey: string }[] }) {
  return (
    <section aria-labelledby="examples-heading" className="mt-6 border-t border-line pt-6">
      <h2 id="examples-heading" className="text-sm font-semibold">
        Or start from an example
      </h2>
      <p className="mt-1 text-sm text-muted">A filled worksheet with sober numbers for its type, yours to change or delete.</p>
      <ul className="mt-4 flex flex-wrap justify-center gap-2">
        {examples.map((example) => (
          <li key={example.type}>
            <ExampleButton {...example} />
          </li>
        ))}
      </ul>
    </section>
  );
}
