/// <reference path="../../frameworks/preact.d.ts" />
/** @jsxImportSource preact */
import type { PbxInvalidDetail } from '../../dist/types/index.js';

export function Calc(props: { onInvalid: (d: PbxInvalidDetail) => void }) {
  return (
    <div>
      <pbx-license-calculator version="12" onpbx-invalid={(e) => props.onInvalid(e.detail)} />
      {/* @ts-expect-error version is a string attribute */}
      <pbx-license-calculator version={12} />
    </div>
  );
}
