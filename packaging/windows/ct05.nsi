; CT05 Desktop: the Windows installer (NSIS, Unicode). Installs the PyInstaller folder for
; the current user, without administrator rights, into %LOCALAPPDATA%\Programs\CT05 Desktop,
; with a Start-menu shortcut and an uninstaller; in Vietnamese or English. The uninstaller
; removes the program and leaves the user's data (%APPDATA%\CT05Desktop: the database and
; its backups) where it is.
;
;   makensis -DVERSION=0.1.0 -DBUNDLE=..\..\dist\ct05-desktop -DOUT=..\..\dist\CT05-Desktop-Setup.exe ct05.nsi

Unicode true
!include "MUI2.nsh"

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef BUNDLE
  !define BUNDLE "..\..\dist\ct05-desktop"
!endif
!ifndef OUT
  !define OUT "..\..\dist\CT05-Desktop-Setup-${VERSION}.exe"
!endif
!define APPNAME "CT05 Desktop"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\CT05Desktop"

Name "${APPNAME} ${VERSION}"
OutFile "${OUT}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APPNAME}"
InstallDirRegKey HKCU "Software\CT05Desktop" "InstallDir"
!ifdef FAST  ; a check that the script compiles (packaging/build.sh): quick, larger
  SetCompressor zlib
!else
  SetCompressor /SOLID lzma
!endif
!define MUI_ICON "..\..\resources\icons\ct05.ico"
!define MUI_UNICON "..\..\resources\icons\ct05.ico"
!define MUI_ABORTWARNING

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\ct05-desktop.exe"
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "English"

LangString KEPT ${LANG_VIETNAMESE} "Dữ liệu của bạn (cơ sở dữ liệu và các bản sao lưu) vẫn được giữ trong $APPDATA\CT05Desktop."
LangString KEPT ${LANG_ENGLISH} "Your data (the database and its backups) is kept in $APPDATA\CT05Desktop."

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Section "CT05 Desktop" Main
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateDirectory "$SMPROGRAMS\${APPNAME}"
  CreateShortcut "$SMPROGRAMS\${APPNAME}\${APPNAME}.lnk" "$INSTDIR\ct05-desktop.exe"
  WriteRegStr HKCU "Software\CT05Desktop" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "CT05 Desktop"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\ct05-desktop.exe"
  WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APPNAME}\${APPNAME}.lnk"
  RMDir "$SMPROGRAMS\${APPNAME}"
  RMDir /r "$INSTDIR"  ; the program only: the data is in $APPDATA\CT05Desktop
  DeleteRegKey HKCU "${UNINSTKEY}"
  DeleteRegKey HKCU "Software\CT05Desktop"
  DetailPrint "$(KEPT)"
SectionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd
