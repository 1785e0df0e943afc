/// <reference path="../../frameworks/react.d.ts" />
// Type-checked by `npm run typecheck:frameworks`: the React 19 JSX typings from custom-elements.json.
import type { PbxChangeDetail, ScenarioInput, VersionCheckResult } from '../../dist/types/index.js';

const scenario: ScenarioInput = { version: 12, pbxs: [{ name: 'HQ', platform: 'gateway', users: 10, trunks: 1 }] };

export function Quote(props: { onQuote: (d: PbxChangeDetail) => void; onResult: (r: VersionCheckResult) => void }) {
  return (
    <>
      <pbx-license-calculator lang="de" users="10" scenario={scenario} onpbx-change={(e) => props.onQuote(e.detail)} />
      <pbx-version-check pbx-version="V12" onpbx-version-result={(e) => props.onResult(e.detail)} />
      <pbx-balance-table for="calc" />
      {/* @ts-expect-error pbx-version is a string attribute */}
      <pbx-version-check pbx-version={12} />
    </>
  );
}
