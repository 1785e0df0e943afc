/**
 * React 19: the three elements in JSX, typed from custom-elements.json.
 * Use: `/// <reference types="pbx-license-kit/react" />` or `"types": ["pbx-license-kit/react"]`.
 */
import type { CustomElements } from '../dist/frameworks/jsx.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
