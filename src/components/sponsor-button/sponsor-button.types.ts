export const SPONSOR_BUTTON_VARIANTS = ['primary', 'secondary', 'inverse'] as const;
export type SponsorButtonVariant = (typeof SPONSOR_BUTTON_VARIANTS)[number];

export const SPONSOR_BUTTON_SIZES = ['small', 'medium', 'large'] as const;
export type SponsorButtonSize = (typeof SPONSOR_BUTTON_SIZES)[number];

export const LINK_TARGETS = ['_self', '_blank', '_parent', '_top'] as const;
export type LinkTarget = (typeof LINK_TARGETS)[number];
