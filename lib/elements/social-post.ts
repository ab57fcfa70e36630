import { z } from 'zod';
import { httpsUrl, isoDate } from './forms';
import { defineElement } from './types';

export const PLATFORMS = ['x', 'bluesky', 'mastodon', 'threads', 'facebook', 'instagram', 'linkedin', 'telegram'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const socialPost = defineElement({
  name: 'SocialPost',
  summary: 'A quoted social-media post, drawn from your own copy of its text: no embed, no request to the platform.',
  attributes: {
    name: { required: true, description: 'the author’s name as shown on the post', example: 'Ministry of Energy' },
    handle: { required: true, description: 'the account, with or without @', example: '@energy_ministry', schema: z.string().regex(/^@?[\p{L}\p{N}_.-]{1,50}(@[\w.-]+)?$/u, { message: 'is not an account name (letters, digits, _ . -)' }) },
    date: { required: true, description: 'when it was posted: YYYY-MM-DD or YYYY-MM-DDTHH:mm+03:00', example: '2025-07-02', schema: isoDate },
    url: { required: true, description: 'the post’s address (https)', example: 'https://x.com/energy_ministry/status/1', schema: httpsUrl },
    platform: { required: false, description: `one of ${PLATFORMS.join(', ')} (default x)`, example: 'x', schema: z.enum(PLATFORMS, { errorMap: () => ({ message: `is not one of ${PLATFORMS.join(', ')}` }) }) },
  },
  children: { kind: 'markdown', what: 'the post’s text, copied exactly' },
  example: `<SocialPost name="Ministry of Energy" handle="@energy_ministry" date="2025-07-02" url="https://x.com/energy_ministry/status/1">

The post’s text, copied exactly.

</SocialPost>`,
  errors: ['a url that is not https', 'a date that is not ISO', 'an unknown platform'],
  searchable: true,
});
