; CT05 Desktop: the Windows installer (NSIS 3, Unicode; this file is UTF-8 with a BOM and
; is compiled with /INPUTCHARSET UTF8, so that Windows' makensis never reads it in the ANSI
; code page). Installs the PyInstaller folder for the current user, without administrator
; rights, into a folder of its own (%LOCALAPPDATA%\Programs\CT05 Desktop by default; a
; folder the person chooses gets "CT05 Desktop" inside it), with Start-menu shortcuts (the
; window, and a console in the program's folder for the ct05 command), an optional desktop
; shortcut and an uninstaller; in Vietnamese or English, the choice remembered.
;
; Safe on an office PC: Windows 10 or later, 64-bit, is required; install and uninstall
; wait while the program runs; a newer version already installed is replaced only when the
; person confirms; the previous version is uninstalled first (its data kept); the
; uninstaller removes exactly the files it installed (packaging/windows/file_list.py) and
; a folder only when it is then empty. The data (%APPDATA%\CT05Desktop: the database and
; its backups) is never touched.
;
;   python packaging/windows/file_list.py dist\ct05-desktop build\uninstall_files.nsh
;   makensis /INPUTCHARSET UTF8 /DVERSION=0.1.0 /DFILELIST=..\..\build\uninstall_files.nsh ct05.nsi

Unicode true
!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"
!include "WinVer.nsh"
!include "FileFunc.nsh"
!include "WordFunc.nsh"

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef VIVERSION  ; the version resource wants four numbers
  !define VIVERSION "${VERSION}.0"
!endif
!ifndef BUNDLE
  !define BUNDLE "..\..\dist\ct05-desktop"
!endif
!ifndef FILELIST
  !define FILELIST "..\..\build\uninstall_files.nsh"
!endif
!ifndef OUT
  !define OUT "..\..\dist\CT05-Desktop-Setup-${VERSION}.exe"
!endif
!define APPNAME "CT05 Desktop"
!define FOLDER "CT05 Desktop"
!define REGKEY "Software\CT05Desktop"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\CT05Desktop"

; how this file was read: a build passes /DEXPECT_VI=... on the command line (decoded
; there as Unicode); had makensis read the file in an ANSI code page, this text would not
; match it, and the build stops here instead of shipping "Dá»¯ liá»‡u"
!ifdef EXPECT_VI
  !if "${EXPECT_VI}" != "Dữ liệu của bạn"
    !error "ct05.nsi was not read as UTF-8: its Vietnamese would come out garbled"
  !endif
!endif

Name "${APPNAME} ${VERSION}"
OutFile "${OUT}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${FOLDER}"
InstallDirRegKey HKCU "${REGKEY}" "InstallDir"
!ifdef FAST  ; a check that the script compiles (packaging/build.sh): quick, larger
  SetCompressor zlib
!else
  SetCompressor /SOLID lzma
!endif

VIProductVersion "${VIVERSION}"
VIFileVersion "${VIVERSION}"
VIAddVersionKey /LANG=0 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APPNAME} ${VERSION}: trình cài đặt"
VIAddVersionKey /LANG=0 "CompanyName" "${APPNAME}"
VIAddVersionKey /LANG=0 "LegalCopyright" "MIT; third-party notices in THIRD_PARTY_NOTICES.txt"

!define MUI_ICON "..\..\resources\icons\ct05.ico"
!define MUI_UNICON "..\..\resources\icons\ct05.ico"
!define MUI_ABORTWARNING
; the language dialog in Vietnamese, and the choice kept for the uninstaller and upgrades
!define MUI_LANGDLL_WINDOWTITLE "Ngôn ngữ / Language"
!define MUI_LANGDLL_INFO "Chọn ngôn ngữ của trình cài đặt / Choose the installer's language:"
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${REGKEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${BUNDLE}\THIRD_PARTY_NOTICES.txt"
!insertmacro MUI_PAGE_COMPONENTS
!define MUI_DIRECTORYPAGE_TEXT_TOP "$(DIR_TOP)"
!define MUI_PAGE_CUSTOMFUNCTION_LEAVE FolderChosen
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
LangString NEED_WINDOWS ${LANG_VIETNAMESE} "${APPNAME} cần Windows 10 trở lên, bản 64-bit. Máy này không chạy được chương trình."
LangString NEED_WINDOWS ${LANG_ENGLISH} "${APPNAME} needs Windows 10 or later, 64-bit. It cannot run on this PC."
LangString RUNNING ${LANG_VIETNAMESE} "${APPNAME} đang chạy. Hãy đóng mọi cửa sổ CT05 Desktop và lệnh ct05 rồi bấm Thử lại."
LangString RUNNING ${LANG_ENGLISH} "${APPNAME} is running. Close every CT05 Desktop window and ct05 command, then click Retry."
LangString DOWNGRADE ${LANG_VIETNAMESE} "Máy đã có ${APPNAME} phiên bản $0, mới hơn bản ${VERSION} này. Vẫn cài bản cũ hơn? (Dữ liệu được giữ, nhưng phiên bản cũ có thể không mở được cơ sở dữ liệu mà bản mới đã dùng.)"
LangString DOWNGRADE ${LANG_ENGLISH} "${APPNAME} $0 is installed, newer than this ${VERSION}. Install the older version anyway? (The data is kept, but an older version may not open a database a newer one has used.)"
LangString DIR_TOP ${LANG_VIETNAMESE} "Chương trình được cài vào thư mục $\"${FOLDER}$\" trong thư mục bạn chọn (gỡ cài đặt chỉ xóa những gì đã cài vào đó)."
LangString DIR_TOP ${LANG_ENGLISH} "The program goes into a folder $\"${FOLDER}$\" in the folder you choose (uninstalling removes only what was installed there)."
LangString SEC_MAIN ${LANG_VIETNAMESE} "Chương trình ${APPNAME}"
LangString SEC_MAIN ${LANG_ENGLISH} "The ${APPNAME} program"
LangString SEC_DESKTOP ${LANG_VIETNAMESE} "Biểu tượng trên màn hình nền"
LangString SEC_DESKTOP ${LANG_ENGLISH} "A shortcut on the desktop"
LangString CLI_LINK ${LANG_VIETNAMESE} "CT05 – dòng lệnh"
LangString CLI_LINK ${LANG_ENGLISH} "CT05 – command line"

; install and uninstall wait while the program runs: its files would be in use
!macro RefuseWhileRunning PREFIX
Function ${PREFIX}RefuseWhileRunning
  again:
  StrCpy $R1 "ct05-desktop.exe"
  check:
  ${If} ${FileExists} "$INSTDIR\$R1"
    ClearErrors
    FileOpen $R0 "$INSTDIR\$R1" a  ; a running program's file cannot be opened to write
    ${If} ${Errors}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(RUNNING)" /SD IDCANCEL IDRETRY again
      Abort
    ${EndIf}
    FileClose $R0
  ${EndIf}
  ${If} $R1 == "ct05-desktop.exe"
    StrCpy $R1 "ct05.exe"
    Goto check
  ${EndIf}
FunctionEnd
!macroend
!insertmacro RefuseWhileRunning ""
!insertmacro RefuseWhileRunning "un."

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
  ${IfNot} ${RunningX64}
  ${OrIfNot} ${AtLeastBuild} 10240  ; Windows 10's first build
    MessageBox MB_OK|MB_ICONSTOP "$(NEED_WINDOWS)" /SD IDOK
    Abort
  ${EndIf}
  ReadRegStr $0 HKCU "${UNINSTKEY}" "DisplayVersion"
  ${If} $0 != ""
    ${VersionCompare} "${VERSION}" "$0" $1  ; 2: this one is older
    ${If} $1 == 2
      MessageBox MB_YESNO|MB_ICONEXCLAMATION "$(DOWNGRADE)" /SD IDNO IDYES +2
      Abort
    ${EndIf}
  ${EndIf}
  Call FolderOfItsOwn  ; a silent install's /D= names the folder it goes inside
  Call RefuseWhileRunning
FunctionEnd

; a folder the person chooses gets the program's own folder inside it: uninstalling never
; empties a folder of theirs (a clerk typing D:\Tài liệu)
Function FolderOfItsOwn
  ${GetFileName} "$INSTDIR" $0
  ${If} $0 != "${FOLDER}"
    StrCpy $INSTDIR "$INSTDIR\${FOLDER}"
  ${EndIf}
FunctionEnd

Function FolderChosen  ; the directory page's leave: the folder, then the program in it
  Call FolderOfItsOwn
  Call RefuseWhileRunning
FunctionEnd

Section "!$(SEC_MAIN)" SecMain
  SectionIn RO
  SetShellVarContext current
  Call FolderOfItsOwn  ; a silent install with /D= too (no page was shown)
  ; the previous version first, by its own uninstaller (it keeps the data, and removes
  ; only what it installed); one from before InstallLocation was kept is left to be
  ; installed over
  ReadRegStr $0 HKCU "${UNINSTKEY}" "InstallLocation"
  ${If} $0 != ""
  ${AndIf} ${FileExists} "$0\uninstall.exe"
    ExecWait '"$0\uninstall.exe" /S _?=$0'
    Delete "$0\uninstall.exe"
    RMDir "$0"
  ${EndIf}
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateDirectory "$SMPROGRAMS\${APPNAME}"
  CreateShortcut "$SMPROGRAMS\${APPNAME}\${APPNAME}.lnk" "$INSTDIR\ct05-desktop.exe"
  ; the ct05 command from cmd: a console opened in the program's folder (PATH is left
  ; alone: NSIS cuts strings at 1,024 characters, and would cut a long PATH)
  CreateShortcut "$SMPROGRAMS\${APPNAME}\$(CLI_LINK).lnk" "$SYSDIR\cmd.exe" "/K ct05 --help" \
    "$INSTDIR\ct05.exe"
  WriteRegStr HKCU "${REGKEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\ct05-desktop.exe"
  WriteRegStr HKCU "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTKEY}" "EstimatedSize" $0  ; in KB, as Windows shows it
SectionEnd

Section /o "$(SEC_DESKTOP)" SecDesktop
  SetShellVarContext current
  CreateShortcut "$DESKTOP\${APPNAME}.lnk" "$INSTDIR\ct05-desktop.exe"
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  !include "${FILELIST}"  ; what was installed, file by file; a folder only when empty
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APPNAME}\${APPNAME}.lnk"
  Delete "$SMPROGRAMS\${APPNAME}\$(CLI_LINK).lnk"
  RMDir "$SMPROGRAMS\${APPNAME}"
  Delete "$DESKTOP\${APPNAME}.lnk"
  DeleteRegKey HKCU "${UNINSTKEY}"
  DeleteRegKey HKCU "${REGKEY}"
  DetailPrint "$(KEPT)"
SectionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE  ; the language chosen at install: not asked again
  Call un.RefuseWhileRunning
FunctionEnd
