; fieldservice for Windows: installs the PyInstaller one-folder bundle
; (pyinstaller installer\fieldservice.spec makes dist\fieldservice) under
; Program Files, with a Start-menu entry, an uninstaller and an entry in
; "Apps & features". A centre's data lives in each user's
; %LOCALAPPDATA%\fieldservice and is never touched: an upgrade or an uninstall
; keeps it, and the first start of a newer version backs it up and upgrades it.
;
;   makensis /DVERSION=0.1.0 installer\windows\fieldservice.nsi
;
; The build passes BUNDLE, ICON and OUTFILE on the command line (-D on Linux).

Unicode true
!include "MUI2.nsh"

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef BUNDLE
  !define BUNDLE "..\..\dist\fieldservice"
!endif
!ifndef ICON
  !define ICON "..\build\fieldservice.ico"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\fieldservice-${VERSION}-setup.exe"
!endif
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\fieldservice"

Name "fieldservice ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\fieldservice"
InstallDirRegKey HKLM "Software\fieldservice" "InstallDir"
RequestExecutionLevel admin
!ifdef CHECK_ONLY
  ; The Linux build compiles the script to catch its errors; the payload is not shipped.
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "fieldservice"
VIAddVersionKey /LANG=0 "FileDescription" "fieldservice installer"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "fieldservice"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\fieldservice.exe"
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
; The installer speaks the language of Windows when it is one of these.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "TradChinese"

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Section "fieldservice" SecMain
  SectionIn RO
  SetShellVarContext all
  ; An upgrade replaces the program's files whole, so nothing of the old
  ; version's libraries is left beside the new ones.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}\*.*"
  File "/oname=fieldservice.ico" "${ICON}"
  CreateShortcut "$SMPROGRAMS\fieldservice.lnk" "$INSTDIR\fieldservice.exe" "" "$INSTDIR\fieldservice.ico"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKLM "Software\fieldservice" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "fieldservice"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "fieldservice"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\fieldservice.ico"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext all
  Delete "$SMPROGRAMS\fieldservice.lnk"
  ; Only the program's own files: the folder may have been chosen by hand, and
  ; every user's data stays in their %LOCALAPPDATA%\fieldservice.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\fieldservice.exe"
  Delete "$INSTDIR\fieldservice-headoffice.exe"
  Delete "$INSTDIR\fieldservice.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  DeleteRegKey HKLM "Software\fieldservice"
SectionEnd
