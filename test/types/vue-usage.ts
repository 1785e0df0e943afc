// Vue 3: the elements are GlobalComponents, typed from custom-elements.json.
import type { GlobalComponents } from 'vue';
import '../../dist/frameworks/vue.js';

type Calc = GlobalComponents['pbx-license-calculator'];
type Check = GlobalComponents['pbx-version-check'];
type Table = GlobalComponents['pbx-balance-table'];
export type Known = [Calc, Check, Table];
// @ts-expect-error not one of ours
export type Unknown = GlobalComponents['pbx-nope'];
