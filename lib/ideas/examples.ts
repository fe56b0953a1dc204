import { ideaInputSchema, type IdeaInput } from './schema';
import { defaultAssumptions, PRODUCT_TYPE_INFO, type ProductType } from './product-types';
import { NEW_IDEA_RANGED_FIELDS, typicalRanges } from './typical-ranges';

/*
 * "Start from an example": one filled idea per product type, for a new
 * account's empty list. The numbers are the type's sober defaults with the
 * typical ranges a new idea starts with, so an example reads like a real
 * first worksheet (every number a guess) rather than a flattering demo.
 */
const EXAMPLES: Record<ProductType, { name: string; problem: string; audience: string }> = {
  template: {
    name: 'Example: wedding planner Notion template',
    problem: 'Couples juggle vendors, budgets and guest lists across spreadsheets, notes and email.',
    audience: 'Engaged couples planning their own wedding; a Pinterest board of planning tips gets about 2,000 visits a month.',
  },
  ebook: {
    name: 'Example: sourdough for busy parents, ebook',
    problem: 'Home bakers give up on sourdough because every guide assumes a free weekend.',
    audience: 'Parents who bake on weekday evenings; a baking newsletter with 1,500 monthly readers.',
  },
  course: {
    name: 'Example: bookkeeping for freelancers, course',
    problem: 'Freelancers dread tax season because their books are a shoebox of receipts.',
    audience: 'Freelance designers and writers in their first three years; a YouTube channel on freelance money.',
  },
  software: {
    name: 'Example: invoice reminder app',
    problem: 'Small agencies lose days chasing late invoices by hand.',
    audience: 'Agencies of 2 to 10 people who invoice monthly retainers.',
  },
  membership: {
    name: 'Example: weekly meal-prep plans membership',
    problem: 'Families waste food and time deciding what to cook every night.',
    audience: 'Parents of young children who batch-cook on Sundays.',
  },
  community: {
    name: 'Example: indie game developers community',
    problem: 'Solo game developers ship alone, with no one to playtest or give honest feedback.',
    audience: 'Hobbyist and first-time indie developers on itch.io and Discord.',
  },
  digital_download: {
    name: 'Example: Lightroom presets for food photos',
    problem: 'Restaurant owners post dull, badly lit photos of good food.',
    audience: 'Small restaurant and café owners doing their own social media.',
  },
  content_library: {
    name: 'Example: library of UX case studies',
    problem: 'Junior designers cannot see how senior designers made real product decisions.',
    audience: 'Junior product designers preparing for their next role.',
  },
  affiliate: {
    name: 'Example: home office gear reviews',
    problem: 'Remote workers buy the wrong chair and desk because reviews are paid ads.',
    audience: 'Remote workers setting up a home office; a blog with 8,000 monthly visits.',
  },
  licensing: {
    name: 'Example: licensing illustrations to publishers',
    problem: 'Small publishers need distinctive illustrations without commissioning each one.',
    audience: 'Independent children’s book and magazine publishers.',
  },
};

/** The example idea of a product type, as a new idea's worksheet would hold it. */
export function exampleIdea(type: ProductType): IdeaInput {
  const assumptions = defaultAssumptions(type);
  const { name, problem, audience } = EXAMPLES[type];
  // Through the worksheet's own schema, so an example can never hold what a founder could not save.
  return ideaInputSchema.parse({
    ...assumptions,
    name,
    productType: type,
    problem,
    audience,
    evidence: {},
    ranges: typicalRanges(type, assumptions, NEW_IDEA_RANGED_FIELDS),
  });
}

/** The label a button names each example by: "Online course". */
export const exampleLabel = (type: ProductType): string => PRODUCT_TYPE_INFO[type].label;
