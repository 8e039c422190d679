; Taiyaku's per-user installer (NSIS 3, built on Linux by `make windows`).
; No administrator rights: everything goes under the user's profile and
; HKEY_CURRENT_USER, so it installs on a locked-down ministry laptop.
; makensis is given -DVERSION=x.y.z -DBUILD=n -DDIST=<dist folder> and,
; when signing, -DSIGN=<command that signs the file named by %1>.

Unicode true
RequestExecutionLevel user
SetCompressor /SOLID lzma
ManifestDPIAware true
ManifestSupportedOS Win10

!include "MUI2.nsh"

!define APP "Taiyaku"
!define EXE "Taiyaku.exe"
!define PROGID "Taiyaku.Release"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Taiyaku"

Name "${APP} ${VERSION}"
OutFile "${DIST}/Taiyaku-${VERSION}-setup.exe"
InstallDir "$LOCALAPPDATA\Programs\Taiyaku"
InstallDirRegKey HKCU "Software\Taiyaku" "InstallDir"
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION}.${BUILD}"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} installer"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}.${BUILD}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${APP}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${APP}"

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!ifdef SIGN
  ; NSIS 3.08: sign the uninstaller it writes into the installer.
  !uninstfinalize '${SIGN} "%1"'
!endif

!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Japanese"

Function .onInit
  SetShellVarContext current
FunctionEnd

Function un.onInit
  SetShellVarContext current
FunctionEnd

; Tells Explorer that file associations changed (SHCNE_ASSOCCHANGED).
!macro NotifyAssoc
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
!macroend

Section "Taiyaku" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  File "${DIST}/Taiyaku.exe"
  File "${DIST}/taiyaku-cli.exe"
  WriteUninstaller "$INSTDIR\Uninstall.exe"
  WriteRegStr HKCU "Software\Taiyaku" "InstallDir" "$INSTDIR"

  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}"

  ; .taiyaku opens in Taiyaku, with its icon (per user: HKCU\Software\Classes).
  WriteRegStr HKCU "Software\Classes\.taiyaku" "" "${PROGID}"
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "Taiyaku release"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" '"$INSTDIR\${EXE}",0'
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  !insertmacro NotifyAssoc

  ; Listed in Settings > Apps for this user only.
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "${APP}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" '"$INSTDIR\${EXE}",0'
  WriteRegStr HKCU "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKCU "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  Delete "$INSTDIR\Taiyaku.exe"
  Delete "$INSTDIR\taiyaku-cli.exe"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APP}.lnk"

  ; Only remove the association if it is still ours.
  ReadRegStr $0 HKCU "Software\Classes\.taiyaku" ""
  StrCmp $0 "${PROGID}" 0 +2
    DeleteRegKey HKCU "Software\Classes\.taiyaku"
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  !insertmacro NotifyAssoc

  DeleteRegKey HKCU "${UNINSTKEY}"
  DeleteRegKey HKCU "Software\Taiyaku"
  ; The user's releases, preferences and recovery files are left alone.
SectionEnd
