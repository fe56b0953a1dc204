import { describeStressDifferences, type StressDifference } from '@/lib/results/custom-stress';

type Props = {
  differences: StressDifference[];
  /**
   * Where the details go. 'inline' (the idea page): always shown beside the
   * badge. 'popover' (inside a list row's link, where nothing may be
   * focusable): below the badge on a phone, which cannot hover; on wider
   * screens when the badge is hovered or the row has keyboard focus.
   */
  details: 'inline' | 'popover';
};

const BADGE = 'rounded-full border border-brand/40 bg-white px-2 py-0.5 text-xs font-semibold whitespace-nowrap text-brand';

/**
 * Marks a verdict computed with a stress profile other than the contract's
 * default, saying what differs, so a softened profile cannot pass unnoticed.
 */
export function CustomStressBadge({ differences, details }: Props) {
  if (differences.length === 0) return null;
  const text = describeStressDifferences(differences);
  if (details === 'inline') {
    return (
      <p className="text-sm" data-testid="custom-stress">
        <span className={BADGE}>custom stress</span> <span className="text-muted">{text}</span>
      </p>
    );
  }
  return (
    <span className="group/stress relative mt-1 block text-xs" data-testid="custom-stress">
      <span className={BADGE}>custom stress</span>
      {/* Screen readers get the details once, whatever the screen shows. */}
      <span className="sr-only">: {text}</span>
      <span aria-hidden className="mt-1 block text-muted sm:hidden" data-details="phone">
        {text}
      </span>
      <span
        aria-hidden
        data-details="popover"
        className="absolute top-full left-0 z-10 mt-1 hidden w-max max-w-sm rounded-md border border-line bg-white p-2 text-ink shadow-md sm:group-hover/stress:block sm:in-focus-visible:block"
      >
        {text}
      </span>
    </span>
  );
}
