import { describe, expect, it } from 'vitest';
import { PRODUCT_TYPES } from '@/lib/ideas/product-types';
import { STREAM_TABLE, streamOf } from '@/lib/results/stream-table';

describe('seed 001’s stream table, as the worksheet shows it', () => {
  it('lists the seed’s five rows in its order, then the three types it leaves out', () => {
    expect(STREAM_TABLE.map((r) => [r.stream, r.fromSeed, r.upfrontWork, r.upkeep])).toEqual([
      ['Digital products', true, 'High', 'Low'],
      ['Online course', true, 'High', 'Medium'],
      ['Evergreen content library', true, 'Medium', 'Low'],
      ['Affiliate income', true, 'Medium', 'Low'],
      ['Licensing your work', true, 'Medium', 'Low'],
      ['Software', false, 'High', 'High'],
      ['Membership', false, 'Medium', 'High'],
      ['Community', false, 'Medium', 'High'],
    ]);
    expect(STREAM_TABLE[0]!.bestFor).toBe('A skill or template fans want');
  });

  it('names the product types a row stands for when its name does not', () => {
    expect(STREAM_TABLE.map((r) => r.typesText)).toEqual([
      'Template, Ebook, Digital download',
      null,
      'Content library',
      'Affiliate',
      'Licensing',
      null,
      null,
      null,
    ]);
  });

  it('has exactly one row for every product type', () => {
    expect(STREAM_TABLE.flatMap((r) => r.types).sort()).toEqual([...PRODUCT_TYPES].sort());
  });

  it('gives the chosen type its row and says how its typical hours follow it', () => {
    const course = streamOf('course');
    expect(course.row.stream).toBe('Online course');
    expect(course.defaults).toBe(
      'High up-front work and medium upkeep: that is why new online course ideas start at 160 hours to build and 10 hours of upkeep a month.',
    );
    expect(streamOf('ebook').row).toBe(streamOf('template').row);
    expect(streamOf('software').row.fromSeed).toBe(false);
  });
});
