declare module 'virtual:sos-tokens' {
  const tokens: import('../.storybook/tokens.mjs').Token[];
  export default tokens;
}
