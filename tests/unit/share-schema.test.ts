import { describe, expect, it } from 'vitest';
import { createShareLinkSchema, revokeShareLinkSchema, SHARE_LABEL_MAX } from '@/lib/share/schema';

const ideaId = '3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f';

describe('share link schemas', () => {
  it('take an optional label, trimmed, counted in characters (an emoji is one), without NUL', () => {
    expect(createShareLinkSchema.parse({ ideaId })).toEqual({ ideaId, label: '' });
    expect(createShareLinkSchema.parse({ ideaId, label: '  My advisor \u0000 ' })).toEqual({ ideaId, label: 'My advisor' });
    expect(createShareLinkSchema.safeParse({ ideaId, label: '🙂'.repeat(SHARE_LABEL_MAX) }).success).toBe(true);
    const long = createShareLinkSchema.safeParse({ ideaId, label: 'x'.repeat(SHARE_LABEL_MAX + 1) });
    expect(long.error?.issues[0]?.message).toBe('Keep the label under 80 characters.');
  });

  it('refuse ids that cannot be an idea or a link', () => {
    expect(createShareLinkSchema.safeParse({ ideaId: 'not-an-id', label: '' }).success).toBe(false);
    expect(revokeShareLinkSchema.safeParse({ ideaId, linkId: ideaId }).success).toBe(true);
    expect(revokeShareLinkSchema.safeParse({ ideaId, linkId: "1' OR '1'='1" }).success).toBe(false);
    expect(revokeShareLinkSchema.safeParse({ ideaId: null, linkId: ideaId }).success).toBe(false);
  });
});
