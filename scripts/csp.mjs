// The strictest policy a partner page can keep while embedding the widgets: the README documents
// it, and the tests serve the partner page under it. Here the script, data and images share the
// page's origin ('self'); on a real page name the script's host in script-src, the data's host in
// connect-src and the images' host in img-src.
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');
