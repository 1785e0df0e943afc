import type { ScenarioInput } from '../../core/scenario-schemas.js';
import type { PresetName } from './scenario-form.js';

/**
 * Starting points a reseller can pick and then change: common installations, not quotes. Their
 * data comes with the chunk loaded after the first render (later.ts); the form names them
 * (PRESET_NAMES) from the start.
 */
export const PRESETS = {
  smallOffice: {
    version: 12,
    pbxs: [
      {
        name: 'Office',
        platform: 'gateway',
        gateway: 'IP311',
        users: 20,
        trunks: 2,
        uc: 'auto',
        userGroups: [
          { name: 'Staff', count: 16, features: ['myPBX', 'voicemail', 'mobileApp'] },
          { name: 'Management', count: 4, features: ['myPBX', 'video', 'voicemail', 'mobility', 'appSharing'] },
        ],
      },
    ],
  },
  multiSite: {
    version: 12,
    licensing: 'central',
    pbxs: [
      { name: 'Headquarters', platform: 'ipva', users: 400, trunks: 30, standby: true, uc: 'auto', userGroups: [{ name: 'Office', count: 300, features: ['myPBX', 'video', 'voicemail', 'mobility'] }] },
      { name: 'Branch North', platform: 'gateway', gateway: 'IP811', users: 60, trunks: 4, hardware: { bri: 2 }, userGroups: [{ name: 'Branch staff', count: 60, features: ['myPBX', 'voicemail'] }] },
      { name: 'Branch South', platform: 'gateway', gateway: 'IP411', users: 25, trunks: 2, userGroups: [{ name: 'Branch staff', count: 25, features: ['myPBX', 'voicemail'] }] },
    ],
  },
  callCentre: {
    version: 12,
    pbxs: [
      {
        name: 'Contact centre',
        platform: 'ipva',
        users: 150,
        trunks: 30,
        queues: 6,
        queueMonitorQueues: 6,
        operators: 4,
        recordedUsers: 120,
        recordingTargets: 20,
        reportingPorts: 180,
        uc: 'auto',
        userGroups: [
          { name: 'Agents', count: 120, features: ['myPBX', 'voicemail'] },
          { name: 'Supervisors', count: 10, features: ['myPBX', 'video', 'appSharing', 'voicemail', 'mobility'] },
        ],
      },
    ],
  },
} as const satisfies Record<PresetName, ScenarioInput>;
