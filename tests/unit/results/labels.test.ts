import { describe, expect, it } from 'vitest';
import { ideaKind } from '@/lib/results/idea-kind';
import { PRICING_MODEL_LABELS, VERDICT_LABELS } from '@/lib/results/labels';

describe('labels', () => {
  it('names the pricing model, capitalised on its own and in lower case after the product type', () => {
    expect(PRICING_MODEL_LABELS).toEqual({ one_time: 'One-time sale', subscription: 'Subscription' });
    expect(ideaKind({ productType: 'template', pricingModel: 'one_time' })).toBe('Template · one-time sale');
    expect(ideaKind({ productType: 'content_library', pricingModel: 'subscription' })).toBe('Content library · subscription');
  });

  it('gives each verdict a word and an icon, so colour is never the only cue', () => {
    expect(Object.values(VERDICT_LABELS).map(({ word, icon }) => `${icon} ${word}`)).toEqual(['✓ Robust', '! Fragile', '✕ Fail']);
  });
});
