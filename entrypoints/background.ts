import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // The real worker is built in issue 3.
});
