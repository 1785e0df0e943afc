import type { Quote } from '../../core/calculator.js';
import type { ScenarioInput } from '../../core/scenario-schemas.js';
import type { ShownIssue } from './locale-controller.js';

/** `pbx-change` and `pbx-quote-request` of <pbx-license-calculator>: the scenario and its quote. */
export interface PbxChangeDetail {
  readonly scenario: ScenarioInput;
  readonly quote: Quote;
}

/** `pbx-invalid` of every element: what is wrong with its input. */
export interface PbxInvalidDetail {
  /** The core's issues (InputIssue), and the element's own: `ui.notLoaded` where a chunk it needs could not be loaded. */
  readonly issues: readonly ShownIssue[];
}
