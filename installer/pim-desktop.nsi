; PIM Desktop's installer: a per-user install (no administrator rights) of the PyInstaller folder.
;
; Built by installer/build-installer.sh, which passes with /D: VERSION (from the package),
; VERSION4 (four numbers for the file properties), SOURCE_DIR (the bundle), OUT_FILE, COMPRESSOR
; (lzma or zlib) and FILE_LIST (an include that removes exactly what the bundle put at the top
; of the program folder). All paths are relative to this script's folder.
;
; The officer's data (%LOCALAPPDATA%\pim-desktop) is never touched: neither by an upgrade, which
; replaces the program and lets it migrate the data on its first start, nor by the uninstaller.

!ifndef VERSION | VERSION4 | SOURCE_DIR | OUT_FILE | FILE_LIST
  !error "Build with installer/build-installer.sh (it defines VERSION, SOURCE_DIR, ...)."
!endif
!ifndef COMPRESSOR
  !define COMPRESSOR lzma
!endif

Unicode true
; A 64-bit program gets a 64-bit installer. The NSIS release for Windows ships 32-bit stubs
; only; then the 32-bit installer is built, which installs the same files per user.
!if /FileExists "${NSISDIR}\Stubs\${COMPRESSOR}-amd64-unicode"
  Target amd64-unicode
!endif
SetCompressor /SOLID /FINAL ${COMPRESSOR}
RequestExecutionLevel user
ManifestDPIAware true
ManifestSupportedOS all

!define APP_NAME "PIM Desktop"
!define APP_ID "pim-desktop"
!define APP_EXE "pim-desktop.exe"
!define PUBLISHER "PIM Desktop"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define CLASSES "Software\Classes"
!define PACKAGE_PROGID "PIMDesktop.Package"
!define PDF_PROGID "PIMDesktop.SignatureCheck"
!define APP_KEY "${CLASSES}\Applications\${APP_EXE}"
!define SHORTCUT "$SMPROGRAMS\${APP_NAME}.lnk"
!define DESKTOP_SHORTCUT "$DESKTOP\${APP_NAME}.lnk"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUT_FILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP_NAME} ${VERSION}"
ShowInstDetails nevershow
ShowUninstDetails nevershow

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"

!define MUI_ICON "..\resources\icons\pim-desktop.ico"
!define MUI_UNICON "..\resources\icons\pim-desktop.ico"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_SMALLDESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
; The chosen language is remembered for the uninstaller and the next upgrade.
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "Software\${APP_ID}\Installer"
!define MUI_LANGDLL_REGISTRY_VALUENAME "Language"
!define MUI_LANGDLL_ALLLANGUAGES

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; Polish first: it is the default when the officer's Windows speaks neither language.
!insertmacro MUI_LANGUAGE "Polish"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

!include "strings.nsh"

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=${LANG_POLISH} "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=${LANG_POLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_POLISH} "LegalCopyright" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_POLISH} "FileDescription" "${APP_NAME} — instalator"
VIAddVersionKey /LANG=${LANG_POLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_POLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${APP_NAME} setup"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"

Function .onInit
  SetShellVarContext current
  ${IfNot} ${Silent}
    !insertmacro MUI_LANGDLL_DISPLAY
  ${EndIf}
FunctionEnd

Function un.onInit
  SetShellVarContext current
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "!$(SectionProgram)" SecProgram
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the program's libraries whole, so no file of an older version lingers.
  RMDir /r "$INSTDIR\_internal"
  File /r "${SOURCE_DIR}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "${SHORTCUT}" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0 \
    SW_SHOWNORMAL "" "$(ShortcutComment)"
  Call WriteUninstallEntry
  Call RegisterFileTypes
SectionEnd

Section /o "$(SectionDesktop)" SecDesktop
  CreateShortcut "${DESKTOP_SHORTCUT}" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0 \
    SW_SHOWNORMAL "" "$(ShortcutComment)"
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecProgram} "$(SectionProgramHelp)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "$(SectionDesktopHelp)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function WriteUninstallEntry
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
FunctionEnd

; A double click on a .pim file opens the program's import preview of it; "Open with" on a PDF
; opens its signature check. Both only for this user (HKCU\Software\Classes).
Function RegisterFileTypes
  WriteRegStr HKCU "${CLASSES}\${PACKAGE_PROGID}" "" "$(PackageFileType)"
  WriteRegStr HKCU "${CLASSES}\${PACKAGE_PROGID}\DefaultIcon" "" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "${CLASSES}\${PACKAGE_PROGID}\shell\open\command" "" \
    '"$INSTDIR\${APP_EXE}" --open "%1"'
  WriteRegStr HKCU "${CLASSES}\.pim" "" "${PACKAGE_PROGID}"
  WriteRegStr HKCU "${CLASSES}\.pim\OpenWithProgids" "${PACKAGE_PROGID}" ""

  WriteRegStr HKCU "${CLASSES}\${PDF_PROGID}" "" "$(PdfCheckType)"
  WriteRegStr HKCU "${CLASSES}\${PDF_PROGID}\DefaultIcon" "" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "${CLASSES}\${PDF_PROGID}\shell\open" "FriendlyAppName" "$(PdfCheckType)"
  WriteRegStr HKCU "${CLASSES}\${PDF_PROGID}\shell\open\command" "" \
    '"$INSTDIR\${APP_EXE}" --open "%1"'
  WriteRegStr HKCU "${CLASSES}\.pdf\OpenWithProgids" "${PDF_PROGID}" ""

  WriteRegStr HKCU "${APP_KEY}" "FriendlyAppName" "${APP_NAME}"
  WriteRegStr HKCU "${APP_KEY}\SupportedTypes" ".pim" ""
  WriteRegStr HKCU "${APP_KEY}\SupportedTypes" ".pdf" ""
  WriteRegStr HKCU "${APP_KEY}\DefaultIcon" "" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "${APP_KEY}\shell\open\command" "" '"$INSTDIR\${APP_EXE}" --open "%1"'
  Call RefreshShell
FunctionEnd

!macro REFRESH_SHELL un
Function ${un}RefreshShell
  ; SHCNE_ASSOCCHANGED: Explorer picks the new file types up without a new sign-in.
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
FunctionEnd
!macroend
!insertmacro REFRESH_SHELL ""
!insertmacro REFRESH_SHELL "un."

Section "Uninstall"
  Delete "${SHORTCUT}"
  Delete "${DESKTOP_SHORTCUT}"
  ; Only what the installer put there; a folder the officer chose may hold other things.
  !include "${FILE_LIST}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  DeleteRegKey HKCU "${CLASSES}\${PACKAGE_PROGID}"
  DeleteRegKey HKCU "${CLASSES}\${PDF_PROGID}"
  DeleteRegKey HKCU "${APP_KEY}"
  DeleteRegValue HKCU "${CLASSES}\.pim\OpenWithProgids" "${PACKAGE_PROGID}"
  DeleteRegValue HKCU "${CLASSES}\.pdf\OpenWithProgids" "${PDF_PROGID}"
  ReadRegStr $0 HKCU "${CLASSES}\.pim" ""
  ${If} $0 == "${PACKAGE_PROGID}"
    DeleteRegValue HKCU "${CLASSES}\.pim" ""
  ${EndIf}
  DeleteRegKey /ifempty HKCU "${CLASSES}\.pim\OpenWithProgids"
  DeleteRegKey /ifempty HKCU "${CLASSES}\.pim"
  DeleteRegKey /ifempty HKCU "${CLASSES}\.pdf\OpenWithProgids"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\${APP_ID}\Installer"
  DeleteRegKey /ifempty HKCU "Software\${APP_ID}"
  Call un.RefreshShell
  ; %LOCALAPPDATA%\pim-desktop (the data, backups and log) stays: it is the officer's work.
SectionEnd
