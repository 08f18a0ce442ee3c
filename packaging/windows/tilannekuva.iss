; Inno Setup 6 script: the Windows installer of the bundle that packaging/build.py makes.
;
;   python packaging\build.py
;   iscc packaging\windows\tilannekuva.iss
;
; Installs for the current user only, without administrator rights
; (PrivilegesRequired=lowest: {autopf} is %LOCALAPPDATA%\Programs, {autoprograms} the user's
; Start menu, HKA the user's HKEY_CURRENT_USER\Software\Classes), adds a Start-menu entry,
; and opens received .asice packages in the program. The answers are not in the program's
; folder but in the user's data folder (%LOCALAPPDATA%\tilannekuva): uninstalling leaves them.
; Not built or run in this project's CI (no Windows there); see README, "Install".

#define AppName "Tilannekuva"
#define AppExe "tilannekuva.exe"
#define ProgId "Tilannekuva.Package.1"
#define RoundProgId "Tilannekuva.Round.1"
#define Bundle "..\..\dist\tilannekuva"
; The version is the built program's own (its version resource, from desktop/__init__.py), so
; the installer, Settings > Apps and the About box name the same release; /DAppVersion=… only
; to override it.
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(Bundle + "\" + AppExe, "ProductVersion")
#endif

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{6F1C3E52-2B7A-4C1D-9E35-7A0D4B8C2F61}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Tilannekuva developers
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ChangesAssociations=yes
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile=..\..\resources\icons\tilannekuva.ico
OutputDir=..\..\dist
OutputBaseFilename=tilannekuva-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "fi"; MessagesFile: "compiler:Languages\Finnish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
; The names Explorer shows for the two file types, in the installer's language.
fi.AnswerPackage=Tilannekuva-paketti (ASiC-E)
en.AnswerPackage=Tilannekuva package (ASiC-E)
fi.RoundPackage=Tilannekuvan kyselykierros
en.RoundPackage=Tilannekuva survey round

[InstallDelete]
; An upgrade puts the new bundle in place of the old one whole: a file the new version no
; longer has (a round taken out, a library left behind) would otherwise stay and be loaded.
; The answers are not here (see above).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The whole one-folder bundle; recursesubdirs keeps its layout.
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"

[Registry]
; .asice opens in the program (the file name is passed as the only argument).
Root: HKA; Subkey: "Software\Classes\.asice\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:AnswerPackage}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".asice"; ValueData: ""
; .tkround, a survey round package, is the program's own kind: it opens in the program.
Root: HKA; Subkey: "Software\Classes\.tkround"; ValueType: string; ValueName: ""; ValueData: "{#RoundProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#RoundProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:RoundPackage}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#RoundProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#RoundProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".tkround"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
