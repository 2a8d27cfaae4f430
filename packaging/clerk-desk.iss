; Inno Setup script: the Windows installer of the counter's workstation.
; Build the package first (docs/packaging.md), then: iscc packaging\clerk-desk.iss
; It writes dist\ClerkDesk-Setup-<version>.exe. Not yet run: written from Inno Setup 6's
; documentation, to be tried on the first Windows build.

#define AppVersion "0.1.0"

[Setup]
AppId={{6E0F3C7A-5B7D-4E43-9C1B-2F1C1D6A0E51}
AppName=Clerk Desk
AppVersion={#AppVersion}
AppPublisher=Clerk Desk
DefaultDirName={autopf}\Clerk Desk
DefaultGroupName=Clerk Desk
DisableProgramGroupPage=yes
; 64-bit Python and Qt: install into "Program Files", not "Program Files (x86)"
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
SourceDir=..
OutputDir=dist
OutputBaseFilename=ClerkDesk-Setup-{#AppVersion}
SetupIconFile=packaging\clerk-desk.ico
UninstallDisplayIcon={app}\clerk-desk.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "arabic"; MessagesFile: "compiler:Languages\Arabic.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; the whole one-folder build: clerk-desk.exe, clerk-desk-cli.exe and _internal\
Source: "dist\clerk-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Clerk Desk"; Filename: "{app}\clerk-desk.exe"
Name: "{group}\{cm:UninstallProgram,Clerk Desk}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Clerk Desk"; Filename: "{app}\clerk-desk.exe"; Tasks: desktopicon

[Run]
; the installation checks itself before the clerk first starts it
Filename: "{app}\clerk-desk-cli.exe"; Parameters: "--self-test"; StatusMsg: "Checking the installation…"; Flags: runhidden waituntilterminated
Filename: "{app}\clerk-desk.exe"; Description: "{cm:LaunchProgram,Clerk Desk}"; Flags: nowait postinstall skipifsilent
