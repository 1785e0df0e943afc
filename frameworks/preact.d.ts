/**
 * Preact: the three elements in JSX, typed from custom-elements.json.
 * Use: `/// <reference types="pbx-license-kit/preact" />` or `"types": ["pbx-license-kit/preact"]`.
 */
import type { CustomElements } from '../dist/frameworks/jsx.js';

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
