/**
 * English: the wording of licensing-guidelines-V12r2-en. `{name}` is a parameter.
 *
 * The messages of the calculator's help texts (loaded after its first render).
 */
export const calculatorHelpEn = {
  'ui.help.version': 'The PBX software version the licenses are for. A license runs its own version and older ones (G-3).',
  'ui.help.release': 'V12r1 has no Conferencing App; G.729 licenses are no longer needed since 2017 (CONF-1, G729-1).',
  'ui.help.licensing': 'Central: all licenses on the license master, debited by every PBX (recommended). Local: each PBX has its own (G-1, G-2).',
  'ui.help.platform': 'An innovaphone gateway, or an IPVA on VMware: an IPVA needs one IPVA license per Port license (IPVA-1).',
  'ui.help.gateway': 'The IP311 and IP411 include all hardware licenses; Fax needs a Linux Application Platform (HW-4, FAX-2).',
  'ui.help.users': 'One Port license per user or executive, whatever the number of devices (PORT-1).',
  'ui.help.trunks': 'One Port license per trunk or trunk group, whatever the number of channels (PORT-1).',
  'ui.help.uc': 'UC bundles myPBX, Video, Voicemail, Mobility, Fax and Application Sharing per user; Auto takes it when it costs less, or for four or more modules (UC-1, UC-3).',
  'ui.help.voicemailModel': 'New model: one Voicemail User license per user (from V10). Old model: one Voicemail license per Port license. The models cannot be combined (VM-1, VM-3).',
  'ui.help.standby': 'Standby needs at least as many Standby licenses as Port licenses, installed ones included, on the license master (STBY-1, STBY-2).',
  'ui.help.pbxLicensing': 'Mixing is possible PBX by PBX: a local PBX cannot use the master\'s licenses (G-2).',
  'ui.help.otherPorts': 'Third-party applications, SIP-registered voicemail, analogue extensions, Call Me buttons: one Port license each (PORT-1).',
  'ui.help.groups': 'Group numbers need no Port license (PORT-2).',
  'ui.help.queues': 'Waiting queues need no Port license (PORT-2).',
  'ui.help.webrtcChannels': 'One WebRTC license per voice channel used at the same time; each user also needs Port and myPBX or UC (WEBRTC-1, WEBRTC-2).',
  'ui.help.operators': 'One Operator license per Operator application running at the same time (OP-1).',
  'ui.help.softwarephones': 'One Softwarephone license per Softwarephone registered at the same time (SWP-1).',
  'ui.help.queueMonitorQueues': 'One Queue Monitor license per queue shown; the number of agents does not matter (QM-1).',
  'ui.help.reportingPorts': 'One Reporting license per port included in the analysis (REP-1).',
  'ui.help.recordedUsers': 'One Basic license per PBX that records, including one User license; one User license per further recorded user (REC-1, REC-2).',
  'ui.help.recordingTargets': 'Subscribers that recorded calls are connected to: Reporting is needed for them too (REC-3).',
  'ui.help.warrantyYears': 'Warranty is one year; an extension adds up to four, all ordered and bound at once, right after purchase (WAR-1, WAR-2, WAR-3).',
  'ui.help.bri': 'One BRI license per BRI interface, bound to the gateway for good (HW-1, HW-2).',
  'ui.help.pri': 'One PRI license per PRI interface, bound to the gateway for good (HW-1, HW-2).',
  'ui.help.channels': 'One Channel license per channel: ISDN channels and conference channels (HW-1, CONF-2).',
  // Said after the user acted (an edit): after the first render too.
  'ui.quote.updated': 'Quote updated: {lines, plural, one {# line} other {# lines}}.',
} as const;
