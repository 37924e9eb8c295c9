; Inno Setup 6.3 or newer (x64compatible, UTF-8 without a byte-order mark). The Windows installer: a per-user install (no administrator needed)
; of the one-folder build in dist\counter-app, in Danish or English, with a start-menu
; entry. Built on Windows, from the checkout's root (installer/README.md):
;   pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller installer\counter-app.spec
;   iscc /DAppVersion=0.1.0 installer\counter-app.iss
; The desk's data (its database, the demo server's) lives in %LOCALAPPDATA%\counter-app,
; not in the program's folder: uninstalling or upgrading keeps it.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=X.Y.Z installer\counter-app.iss
#endif

[Setup]
; The same AppId for every version: a new version installs over the old one.
AppId={{C54D581D-4EF8-4715-854A-9F46FA606E3B}
AppName=counter-app
AppVersion={#AppVersion}
AppVerName=counter-app {#AppVersion}
AppPublisher=counter-app
; Per user: %LOCALAPPDATA%\Programs\counter-app, the user's own start menu.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\counter-app
DefaultGroupName=counter-app
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SourceDir=..
OutputDir=dist
OutputBaseFilename=counter-app-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\counter-app.exe
UninstallDisplayName=counter-app {#AppVersion}
; Ask which language when Windows' own is neither; Danish first.
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
CloseApplications=yes

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
danish.ShortcutName=Skranke (counter-app)
english.ShortcutName=Counter desk (counter-app)
danish.ShortcutComment=Kø, kald og registrering ved skranken
english.ShortcutComment=Queue, calls and registration at the desk
; The program speaks the language the installer was run in (Danish is its default).
danish.LanguageFlag=
english.LanguageFlag=--language en

[Files]
Source: "dist\counter-app\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A new version installed in the other language would leave the old language's shortcuts
; beside the new ones.
Type: files; Name: "{group}\*.lnk"

[Icons]
Name: "{group}\{cm:ShortcutName}"; Filename: "{app}\counter-app.exe"; Parameters: "{cm:LanguageFlag}"; Comment: "{cm:ShortcutComment}"
Name: "{group}\{cm:UninstallProgram,counter-app}"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\counter-app.exe"; Parameters: "{cm:LanguageFlag}"; Description: "{cm:LaunchProgram,counter-app}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; What PyInstaller's program may leave in its own folder; the data folder is kept.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
