import { Field, FieldError, inputClass, TextField } from '@/components/ui/field';

import { PRODUCT_TYPE_INFO, PRODUCT_TYPES, type ProductType } from '@/lib/ideas/product-types';
import { NAME_MAX, TEXT_MAX } from '@/lib/ideas/schema';
import type { FormValues } from '@/lib/results/form-values';
import { PRICING_MODEL_LABELS } from '@/lib/results/labels';
import { charCount } from '@/lib/text';
import { PRICING_MODELS, type PricingModel } from '@/lib/underwrite/schema';
import { StreamNote } from './stream-note';

/** The worksheet's fields, each wired to its help and error by components/ui/field.tsx. */

export const worksheetInput = `${inputClass} shadow-xs`;

type Errors = Record<string, string[] | undefined>;

const TEXTS = [
  { name: 'problem', label: 'The problem', help: 'What painful, recurring problem does it solve? In your buyers’ words if you have them.' },
  { name: 'audience', label: 'The audience', help: 'Who buys it, and what evidence do you have that they want it?' },
] as const;

/** "The idea": its name, product type, pricing model, problem and audience. */
export function IdeaDetailsFields({
  values,
  errors,
  model,
  describeDefaults,
  set,
  changeProductType,
}: {
  values: FormValues;
  errors: Errors;
  model: PricingModel;
  /** Whether the product type's help says that changing it fills in its typical numbers (new ideas only). */
  describeDefaults: boolean;
  set: (key: string, value: string) => void;
  changeProductType: (type: ProductType) => void;
}) {
  const type = (values.productType ?? 'template') as ProductType;
  return (
    <section aria-labelledby="idea-heading" className="space-y-4 rounded-lg border border-line bg-white p-4 sm:p-6">
      <h2 id="idea-heading" className="text-base font-semibold">
        The idea
      </h2>
      <TextField
        id="name"
        name="name"
        label="Name"
        help={`A short name you will recognise in the list. Up to ${NAME_MAX} characters.`}
        error={errors.name}
        type="text"
        value={values.name ?? ''}
        onChange={(e) => set('name', e.target.value)}
        inputClassName="shadow-xs"
        autoComplete="off"
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="productType"
          label="Product type"
          help={
            <>
              {PRODUCT_TYPE_INFO[type]?.blurb}
              {describeDefaults && ' Changing it fills in that type’s typical numbers (fields you edited stay).'}
            </>
          }
          error={errors.productType}
        >
          {(control) => (
            <select
              {...control}
              name="productType"
              value={values.productType}
              onChange={(e) => changeProductType(e.target.value as ProductType)}
              className={`mt-1 ${worksheetInput}`}
            >
              {PRODUCT_TYPES.map((option) => (
                <option key={option} value={option}>
                  {PRODUCT_TYPE_INFO[option].label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset aria-describedby={errors.pricingModel?.length ? 'pricingModel-error' : undefined}>
          <legend className="block text-sm font-medium">Pricing</legend>
          <div className="mt-1 flex gap-2">
            {PRICING_MODELS.map((m) => (
              <label
                key={m}
                className="flex flex-1 cursor-pointer items-center gap-2 rounded-md border border-line bg-white px-3 py-2 text-sm has-[:checked]:border-brand has-[:checked]:bg-blue-50"
              >
                <input type="radio" name="pricingModel" value={m} checked={model === m} onChange={() => set('pricingModel', m)} />
                {PRICING_MODEL_LABELS[m]}
              </label>
            ))}
          </div>
          <FieldError name="pricingModel" error={errors.pricingModel} />
        </fieldset>
      </div>
      <StreamNote type={type} />
      {TEXTS.map(({ name, label, help }) => (
        <TextArea
          key={name}
          name={name}
          label={label}
          help={help}
          value={values[name] ?? ''}
          error={errors[name]}
          onChange={(v) => set(name, v)}
        />
      ))}
    </section>
  );
}

function TextArea(props: { name: string; label: string; help: string; value: string; error?: string[]; onChange: (v: string) => void }) {
  return (
    <Field
      id={props.name}
      label={
        <>
          {props.label} <span className="font-normal text-muted">(optional)</span>
        </>
      }
      help={
        <span className="flex justify-between gap-2">
          <span>{props.help}</span>
          <span aria-hidden className={charCount(props.value) > TEXT_MAX ? 'text-fail' : ''}>
            {charCount(props.value).toLocaleString('en-US')}/{TEXT_MAX.toLocaleString('en-US')}
          </span>
        </span>
      }
      error={props.error}
    >
      {(control) => (
        <textarea
          {...control}
          name={props.name}
          rows={3}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          className={`mt-1 ${worksheetInput}`}
        />
      )}
    </Field>
  );
}
