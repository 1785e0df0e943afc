/**
 * Every message key the core emits (reasons, notices, blocking reasons, input errors). The i18n
 * catalogs in src/i18n must translate each one; a test checks that they do, in en, de and nl.
 */
export const MESSAGE_KEYS = [
  'error.invalid', 'error.required', 'error.invalidType', 'error.notANumber', 'error.notFinite', 'error.notInteger',
  'error.negative', 'error.tooSmall', 'error.tooLarge', 'error.tooShort', 'error.tooLong', 'error.tooFew', 'error.tooMany',
  'error.invalidOption', 'error.invalidFormat', 'error.unknownField', 'error.unknownLicenseType', 'error.licenseBeforeVersion',
  'error.invalidVersion',
  'error.duplicateName', 'error.forbiddenKey', 'error.tooDeep', 'error.groupsExceedUsers', 'error.recordedExceedUsers',
  'error.reportingExceedsPorts', 'error.targetsExceedPorts', 'error.invalidJson', 'error.licenseLine',
  'error.ambiguousNumber', 'error.priceListHttp', 'error.priceListUnreachable', 'error.keyLine',
  'error.didYouMean', 'error.oldBaseLicense', 'error.oldVoicemailLicense',
  'reason.port', 'reason.portTier', 'reason.ipva', 'reason.standby', 'reason.standbyTier', 'reason.bri', 'reason.pri',
  'reason.channels', 'reason.ucBundle', 'reason.ucCheaper', 'reason.ucModuleCount', 'reason.myPBX', 'reason.myPBXRequired',
  'reason.video', 'reason.appSharing', 'reason.fax', 'reason.mobility', 'reason.voicemailUser', 'reason.voicemailPerPort',
  'reason.voicemailTier', 'reason.conference', 'reason.webrtc', 'reason.reporting', 'reason.reportingRaised',
  'reason.recordingBasic', 'reason.recordingUser', 'reason.queueMonitor', 'reason.operator', 'reason.softwarePhones',
  'reason.shares',
  'notice.noPortForGroups', 'notice.ipvaNoHardware', 'notice.hardwareIncluded', 'notice.conferencingUnavailable',
  'notice.mobileAppNoLicense', 'notice.conferencingViaMyPbx', 'notice.softwarePhonesViaMyPbx', 'notice.modulesCheaper', 'notice.ucPricesIncomplete', 'notice.fewModules',
  'notice.ucWithOldVoicemail', 'notice.voicemailUserNeedsV10', 'notice.voicemailModelsMixed', 'notice.faxCheckLinuxAp',
  'notice.faxNeedsLinuxAp', 'notice.webrtcNeedsMyPbx', 'notice.g729Discontinued', 'notice.recordingNeedsV10',
  'notice.recordingNeedsWindows', 'notice.reportingRecommended', 'notice.reportingNeeds10SR12', 'notice.recordingSlave',
  'notice.recordingStandby', 'notice.queueMonitorNeedsV9', 'notice.existingBelowVersion', 'notice.existingCounted',
  'notice.priceMissing', 'notice.priceNotALicense', 'notice.pricedTwice', 'notice.operatorVersionUnknown', 'notice.queueMonitorVersionUnknown', 'notice.versionNotInCode',
  'notice.voicemailModelsMixedInstalled', 'notice.ssaUpgrade', 'notice.canRelease', 'notice.cannotRelease', 'notice.cannotReleaseV501',
  'notice.overAllocated', 'notice.voicemailModelsConflict', 'notice.voicemailStaysOld', 'notice.voicemailSwitch',
  'notice.partOfUc',
  'blocking.version', 'blocking.operatorVersion', 'blocking.queueMonitorVersion', 'blocking.pbxTooOld',
  'error.invalidDate', 'error.currency', 'error.ssaBeforeBind', 'error.masterNotADevice', 'error.unknownDevice', 'notice.ssaEndingSoon',
  'notice.ssaExpired', 'notice.targetReleaseUnknown', 'notice.upgradeCap', 'notice.ssaNewFeatures',
  'notice.migrationNeedsV8', 'notice.migrationHardware', 'notice.migrationIpva', 'notice.migrationOldLicense',
  'notice.migrationSsaCharged', 'notice.migrationCap', 'notice.warrantyAlreadyExtended', 'notice.warrantyYears',
  'notice.warrantyPastFirstYear', 'notice.warrantyIpva', 'upgrade.keeps', 'upgrade.keepsHardware', 'upgrade.keepsUnversioned',
  'upgrade.keepsOtherSoftware', 'upgrade.ssa', 'upgrade.unknown', 'upgrade.buy', 'upgrade.buyOutsideSsa',
  'upgrade.order', 'upgrade.buyV501', 'error.convertBelowMinimum', 'notice.migrationBeforeV8', 'migration.convertNoSsa',
  'migration.bindUnversioned', 'migration.onMaster', 'migration.staysBound', 'migration.release', 'migration.bind',
  'migration.bindKeepsSsa', 'migration.convert', 'warranty.onPurchase', 'warranty.afterPurchase',
] as const;

export type MessageKey = (typeof MESSAGE_KEYS)[number];
