; Inno Setup 6 script: a per-user installer for Review Desk (审查台) on Windows.
;
; Build the one-folder bundle first (installer\README.md), then, from the repository root:
;     "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" installer\review_desk.iss
; which writes dist\review-desk-<version>-setup.exe.  The version is read from review-desk.exe
; (the spec writes it from review_desk.__version__); override with /DAppVersion=1.2.3.
;
; No administrator rights (PrivilegesRequired=lowest): installs under %LOCALAPPDATA%\Programs,
; a Start-menu entry for the current user, and "Open with" for .docx under HKCU\Software\Classes.
; The default .docx handler (Word, WPS) is left alone: Review Desk is only *offered*.
; Uninstalling removes the program and these registry entries; the reviewer's keys and audit log
; (the user data folder) are records and stay.

#define AppName "Review Desk"
#define AppExe "review-desk.exe"
#define Bundle AddBackslash(SourcePath) + "..\dist\review-desk"
#define ProgId "ReviewDesk.docx"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(Bundle + "\" + AppExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error Cannot read the version from dist\review-desk\review-desk.exe: build the bundle first, or pass /DAppVersion=x.y.z
#endif

[Setup]
; AppId identifies the product for upgrades and uninstall: never change it.
AppId={{5C0F4E2A-8B7D-4F61-9A3E-2D7B1C6E9F40}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile=..\..\resources\icons\review_desk.ico
UninstallDisplayName={#AppName} 审查台
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
CloseApplications=yes
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
SourceDir={#Bundle}
OutputDir=..
OutputBaseFilename=review-desk-{#AppVersion}-setup

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[CustomMessages]
english.OpenWith=Open with Review Desk
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
chinesesimplified.OpenWith=用审查台打开
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; the whole one-folder bundle: review-desk.exe (the desk), review-desk-cli.exe, _internal\
Source: "*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; an upgrade replaces the bundle's libraries wholesale (no stale modules from the previous version)
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "审查台: pre-publication privacy and confidentiality review"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The application, for Explorer's "Open with" list (only for .docx: SupportedTypes).
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".docx"; ValueData: ""
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; A ProgID of our own, offered for .docx through OpenWithProgids (the recommended way), never as the default.
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Word document (Review Desk)"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: "FriendlyTypeName"; ValueData: "Word document"
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; only a value under .docx\OpenWithProgids: the key's default value (the handler) is not touched,
; and uninstalling removes just this value
Root: HKCU; Subkey: "Software\Classes\.docx\OpenWithProgids"; ValueType: none; ValueName: "{#ProgId}"; Flags: uninsdeletevalue
; An explicit "Open with Review Desk" verb in the .docx context menu (a secondary verb, not the default).
Root: HKCU; Subkey: "Software\Classes\SystemFileAssociations\.docx\shell\ReviewDesk"; ValueType: string; ValueName: "MUIVerb"; ValueData: "{cm:OpenWith}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\SystemFileAssociations\.docx\shell\ReviewDesk"; ValueType: string; ValueName: "Icon"; ValueData: """{app}\{#AppExe}"",0"
Root: HKCU; Subkey: "Software\Classes\SystemFileAssociations\.docx\shell\ReviewDesk\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
