/**
 * Readability's `isProbablyReaderable` without the rest of Readability. The package's entry bundles
 * both (CommonJS, so the bundler cannot drop the unused class); the auto-mode script, which runs on
 * every page of a registered site, is built with '@mozilla/readability' pointed here instead.
 */
// @ts-expect-error: the package ships types for its entry only, not for this file.
import readerable from '@mozilla/readability/Readability-readerable.js';
import type { isProbablyReaderable as Fn } from '@mozilla/readability';

export const isProbablyReaderable = readerable as typeof Fn;
