/**
 * A field's first error, under the field; the input points at it with
 * aria-describedby={`${name}-error`} so screen readers read it with the field.
 */
export function FieldError({ name, error }: { name: string; error?: string[] }) {
  if (!error?.length) return null;
  return (
    <p id={`${name}-error`} className="mt-1 text-sm text-fail">
      {error[0]}
    </p>
  );
}
