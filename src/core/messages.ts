/**
 * Every message key the core emits (reasons, notices, blocking reasons, input errors). The i18n
 * catalogs in src/i18n must translate each one; a test checks that they do, in en, de and nl.
 */
export const MESSAGE_KEYS = [
  'error.invalid', 'error.required', 'error.invalidType', 'error.notANumber', 'error.notFinite', 'error.notInteger',
  'error.negative', 'error.tooSmall', 'error.tooLarge', 'error.tooShort', 'error.tooLong', 'error.tooFew', 'error.tooMany',
  'error.invalidOption', 'error.invalidFormat', 'error.unknownField', 'error.unknownLicenseType', 'error.invalidVersion',
  'error.duplicateName', 'error.forbiddenKey', 'error.tooDeep', 'error.groupsExceedUsers', 'error.recordedExceedUsers',
  'error.reportingExceedsPorts', 'error.targetsExceedPorts', 'error.invalidJson', 'error.licenseLine', 'error.ambiguousNumber',
  'reason.port', 'reason.portTier', 'reason.ipva', 'reason.standby', 'reason.standbyTier', 'reason.bri', 'reason.pri',
  'reason.channels', 'reason.ucBundle', 'reason.ucCheaper', 'reason.ucModuleCount', 'reason.myPBX', 'reason.myPBXRequired',
  'reason.video', 'reason.appSharing', 'reason.fax', 'reason.mobility', 'reason.voicemailUser', 'reason.voicemailPerPort',
  'reason.voicemailTier', 'reason.conference', 'reason.webrtc', 'reason.reporting', 'reason.reportingRaised',
  'reason.recordingBasic', 'reason.recordingUser', 'reason.queueMonitor', 'reason.operator', 'reason.softwarePhones',
  'notice.noPortForGroups', 'notice.ipvaNoHardware', 'notice.hardwareIncluded', 'notice.conferencingUnavailable',
  'notice.mobileAppNoLicense', 'notice.modulesCheaper', 'notice.ucPricesIncomplete', 'notice.fewModules',
  'notice.ucWithOldVoicemail', 'notice.voicemailUserNeedsV10', 'notice.voicemailModelsMixed', 'notice.faxCheckLinuxAp',
  'notice.faxNeedsLinuxAp', 'notice.webrtcNeedsMyPbx', 'notice.g729Discontinued', 'notice.recordingNeedsV10',
  'notice.recordingNeedsWindows', 'notice.reportingRecommended', 'notice.reportingNeeds10SR12', 'notice.recordingSlave',
  'notice.recordingStandby', 'notice.queueMonitorNeedsV9', 'notice.existingBelowVersion', 'notice.existingCounted',
  'notice.priceMissing', 'notice.operatorVersionUnknown', 'notice.queueMonitorVersionUnknown', 'notice.versionNotInCode',
  'notice.voicemailModelsMixedInstalled', 'notice.ssaUpgrade', 'notice.canRelease', 'notice.cannotRelease',
  'notice.overAllocated', 'notice.voicemailModelsConflict', 'notice.voicemailStaysOld', 'notice.voicemailSwitch', 'notice.partOfUc',
  'blocking.version', 'blocking.operatorVersion', 'blocking.queueMonitorVersion', 'blocking.pbxTooOld',
] as const;

export type MessageKey = (typeof MESSAGE_KEYS)[number];
