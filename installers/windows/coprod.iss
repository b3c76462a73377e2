; Inno Setup 6 script for Coprod Desktop on Windows (6.3 or newer: x64compatible).
;
; Build with installers\windows\build.ps1, which runs PyInstaller first (dist\coprod-desktop\)
; and then: ISCC /DAppVersion=<version> /DAppNumericVersion=<x.y.z> installers\windows\coprod.iss
; The version comes from coprod_desktop\__init__.py (the one place it is kept), never from here.
;
; Per user, no administrator rights: the app goes into %LOCALAPPDATA%\Programs\Coprod Desktop and
; the Start-menu entry into the member's own Start menu. The member's records live elsewhere, in
; %LOCALAPPDATA%\coprod-desktop (platformdirs' user data folder, see coprod_desktop\paths.py), and
; the uninstaller never touches that folder: uninstalling must never cost anyone their records.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z (build.ps1 reads it from coprod_desktop\__init__.py)
#endif
#ifndef AppNumericVersion
  #define AppNumericVersion AppVersion
#endif

#define AppName "Coprod Desktop"
#define AppExeName "coprod-desktop.exe"
#define DataFolderName "coprod-desktop"

[Setup]
; A fixed id: upgrades replace the old version in place instead of installing beside it.
AppId={{2372496C-39DB-462A-A6FC-A6530E9F069F}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Coprod Desktop contributors
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductVersion={#AppNumericVersion}
PrivilegesRequired=lowest
; With PrivilegesRequired=lowest, {autopf} is the per-user {userpf}: %LOCALAPPDATA%\Programs
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
LicenseFile=..\..\LICENSE
SetupIconFile=..\..\resources\icons\coprod.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=coprod-desktop-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running copy before replacing its files, and start it again afterwards.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english:RecordsKept=Coprod Desktop has been removed. Your records have been kept in:%n%n%1%n%nInstall Coprod Desktop again to open them, or delete that folder yourself only if you are sure you no longer need them.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: coprod-desktop.exe (the window), coprod.exe (the command) and
; _internal\ (Python, Qt, fonts, icons, the licence texts).
Source: "..\..\dist\coprod-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\LICENSE"; DestDir: "{app}"; DestName: "LICENSE.txt"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "Your own record of involvement and co-production work"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entry names the data folder, on purpose: the uninstaller removes only
; the files it installed under {app}.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataFolder: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataFolder := ExpandConstant('{localappdata}\{#DataFolderName}');
    if DirExists(DataFolder) and not UninstallSilent() then
      MsgBox(FmtMessage(CustomMessage('RecordsKept'), [DataFolder]), mbInformation, MB_OK);
  end;
end;
