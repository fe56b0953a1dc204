/**
 * A form field: its label, the control, a help line and the first error,
 * with the control tied to the help and the error (aria-describedby) and
 * marked invalid while it has one. Used by the worksheet, the auth forms
 * and the account form, so every field reads the same to a screen reader.
 *
 * Ids follow the control's: `${id}-help` and `${id}-error`.
 */

/** The look of a text input, select or textarea; red while aria-invalid. */
export const inputClass =
  'w-full rounded-md border border-line bg-white px-3 py-2 text-sm aria-[invalid=true]:border-fail aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-fail';

/** What the control must carry: spread it onto the input, select or textarea. */
export type ControlProps = { id: string; 'aria-invalid': true | undefined; 'aria-describedby': string | undefined };

type FieldProps = {
  id: string;
  label: React.ReactNode;
  /** Shown under the control, and read with it. */
  help?: React.ReactNode;
  error?: string[];
  className?: string;
  /** Beside the label, on its line (the worksheet's evidence mark). */
  labelAside?: React.ReactNode;
};

/** A field's first error, under the field. */
export function FieldError({ name, error }: { name: string; error?: string[] }) {
  if (!error?.length) return null;
  return (
    <p id={`${name}-error`} className="mt-1 text-sm text-fail">
      {error[0]}
    </p>
  );
}

/** Any control: `children` renders it with the props that wire it up. */
export function Field({ id, label, help, error, className, labelAside, children }: FieldProps & { children: (control: ControlProps) => React.ReactNode }) {
  const invalid = Boolean(error?.length);
  const describedBy = [help ? `${id}-help` : null, invalid ? `${id}-error` : null].filter(Boolean).join(' ');
  const labelElement = (
    <label htmlFor={id} className="block text-sm font-medium">
      {label}
    </label>
  );
  return (
    <div className={className}>
      {labelAside ? (
        <div className="flex items-end justify-between gap-2">
          {labelElement}
          {labelAside}
        </div>
      ) : (
        labelElement
      )}
      {children({ id, 'aria-invalid': invalid || undefined, 'aria-describedby': describedBy || undefined })}
      {help && (
        <p id={`${id}-help`} className="mt-1 text-xs text-muted">
          {help}
        </p>
      )}
      <FieldError name={id} error={error} />
    </div>
  );
}

type InputProps = Omit<React.InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | keyof ControlProps>;

/** The common case: a labelled text input (`inputClassName` adds to its look). */
export function TextField({ id, label, help, error, className, inputClassName = '', ...input }: FieldProps & InputProps & { inputClassName?: string }) {
  return (
    <Field id={id} label={label} help={help} error={error} className={className}>
      {(control) => <input {...input} {...control} className={`mt-1 ${inputClass} ${inputClassName}`.trim()} />}
    </Field>
  );
}
