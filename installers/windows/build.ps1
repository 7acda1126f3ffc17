<#
.SYNOPSIS
    Build Recovery Desk's Windows installer: the PyInstaller one-folder app, then a per-machine MSI.

.DESCRIPTION
    Run from a clean checkout on a 64-bit Windows 10/11 build machine, in Windows PowerShell 5.1
    or PowerShell 7, from the project root:

        powershell -NoProfile -ExecutionPolicy Bypass -File installers\windows\build.ps1

    and, to sign (recommended; see installers\README.md, "Signing for Windows"):

        powershell -NoProfile -ExecutionPolicy Bypass -File installers\windows\build.ps1 `
            -CertificateThumbprint 0123456789ABCDEF0123456789ABCDEF01234567 `
            -TimestampUrl <your certificate authority's RFC 3161 timestamp URL>

    Steps: a fresh build venv (build\venv-windows) with the project and PyInstaller only (never
    keyrings.alt); PyInstaller with installers\recovery-desk.spec into dist\RecoveryDesk\; checks
    of the bundle; optional Authenticode signing of RecoveryDesk.exe (and of any of our binaries
    that carry no valid signature); the frozen app's smoke test (demo data in a throwaway folder,
    offscreen, Credential Manager untouched); the WiX file list generated from dist\RecoveryDesk;
    `wix build` into dist\RecoveryDesk-<version>-x64.msi; signing of the MSI.

    Prerequisites on the build machine (the target computers need none of them):
      * Python 3.11 or later, 64-bit, from python.org (the "py" launcher finds it), or -Python C:\path\python.exe
      * .NET SDK 6 or later and the WiX v4 command-line tool:
            dotnet tool install --global wix --version 4.0.4
        (WiX v5 also builds this source unchanged.)
      * Windows SDK "Signing Tools for Desktop Apps" (signtool.exe) when signing.
      * Internet access to PyPI, or a wheelhouse: $env:PIP_FIND_LINKS = "D:\wheels"; $env:PIP_NO_INDEX = "1"

.PARAMETER Python
    python.exe to build with (default: what "py -3.11" finds, else python.exe on PATH).
.PARAMETER CertificateThumbprint
    SHA-1 thumbprint of the trust's code-signing certificate in the Windows certificate store
    (CurrentUser\My or LocalMachine\My; a hardware token's certificate shows there too). No signing without it.
.PARAMETER TimestampUrl
    RFC 3161 timestamp server of the certificate authority; required with -CertificateThumbprint.
.PARAMETER SignAllBinaries
    Also sign every .exe/.dll/.pyd in the bundle that has no valid signature (for WDAC/AppLocker DLL rules).
.PARAMETER SkipSmokeTest
    Do not run the frozen app's smoke test (not recommended).
#>
[CmdletBinding()]
param(
    [string]$Python = "",
    [string]$CertificateThumbprint = $env:RECOVERY_DESK_SIGN_THUMBPRINT,
    [string]$TimestampUrl = $env:RECOVERY_DESK_TIMESTAMP_URL,
    [switch]$SignAllBinaries,
    [switch]$SkipSmokeTest
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$PyInstallerVersion = "6.22.3"
$HooksContribVersion = "2026.9"

$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root
$Dist = Join-Path $Root "dist\RecoveryDesk"
$WorkDir = Join-Path $Root "build\windows"
$Venv = Join-Path $Root "build\venv-windows"
$Started = Get-Date

function Step([string]$Text) { Write-Host ""; Write-Host ("== [{0:N0}s] {1}" -f ((Get-Date) - $Started).TotalSeconds, $Text) }

# Run a program; stop the build if it fails (PowerShell does not, for native programs).
function Invoke-Checked([string]$File, [string[]]$Arguments) {
    & $File @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$File $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

# ------------------------------------------------------------------ version (one place)
$Init = Get-Content -Raw -Encoding UTF8 "src\recovery_desk\__init__.py"
if ($Init -notmatch '(?m)^__version__\s*=\s*"([^"]+)"') { throw "no __version__ in src\recovery_desk\__init__.py" }
$Version = $Matches[1]
# MSI versions are numeric major.minor.build (major, minor < 256; build < 65536).
$Numbers = @([regex]::Matches($Version, '\d+') | Select-Object -First 3 | ForEach-Object { [int]$_.Value })
while ($Numbers.Count -lt 3) { $Numbers += 0 }
if ($Numbers[0] -gt 255 -or $Numbers[1] -gt 255 -or $Numbers[2] -gt 65535) { throw "version $Version does not fit an MSI version" }
$MsiVersion = ($Numbers -join ".")
$Msi = Join-Path $Root "dist\RecoveryDesk-$Version-x64.msi"
Write-Host "Recovery Desk $Version (MSI version $MsiVersion): Windows build in $Root"

if ($CertificateThumbprint -and -not $TimestampUrl) {
    throw "-TimestampUrl is needed with -CertificateThumbprint: an untimestamped signature stops being valid when the certificate expires"
}
$SignTool = $null
if ($CertificateThumbprint) {
    $SignTool = (Get-Command signtool.exe -ErrorAction SilentlyContinue).Source
    if (-not $SignTool) {
        $SignTool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" -ErrorAction SilentlyContinue |
            Sort-Object FullName | Select-Object -Last 1 -ExpandProperty FullName
    }
    if (-not $SignTool) { throw "signtool.exe not found: install the Windows SDK's signing tools" }
}
function Sign([string[]]$Files, [string]$Description) {
    if (-not $SignTool) { return }
    # SHA-256 file digest, RFC 3161 timestamp with SHA-256, certificate chosen by thumbprint.
    Invoke-Checked $SignTool (@("sign", "/sha1", $CertificateThumbprint, "/fd", "SHA256", "/tr", $TimestampUrl,
                                "/td", "SHA256", "/d", $Description) + $Files)
    Invoke-Checked $SignTool (@("verify", "/pa", "/all") + $Files)
}

if (-not (Get-Command wix -ErrorAction SilentlyContinue)) {
    throw "wix not found: dotnet tool install --global wix --version 4.0.4 (then open a new PowerShell)"
}

# ------------------------------------------------------------------ 1. build venv
Step "1/6 build venv $Venv"
if (-not $Python) {
    try { $Python = (& py -3.11 -c "import sys; print(sys.executable)" 2>$null) } catch { $Python = "" }
    if (-not $Python) { $Python = (Get-Command python.exe).Source }
}
if (Test-Path $Venv) { Remove-Item -Recurse -Force $Venv }
Invoke-Checked $Python @("-m", "venv", $Venv)
$VPy = Join-Path $Venv "Scripts\python.exe"
$env:PIP_DISABLE_PIP_VERSION_CHECK = "1"
Invoke-Checked $VPy @("-m", "pip", "install", "--quiet", "--upgrade", "pip")
Invoke-Checked $VPy @("-m", "pip", "install", "--quiet", "-e", ".", "pyinstaller==$PyInstallerVersion",
                      "pyinstaller-hooks-contrib==$HooksContribVersion")
& $VPy -c "import keyrings.alt" 2>$null
if ($LASTEXITCODE -eq 0) { throw "keyrings.alt is installed in the build venv: it stores secrets in plain text and must never ship" }

# ------------------------------------------------------------------ 2. PyInstaller
Step "2/6 PyInstaller (one-folder) -> dist\RecoveryDesk\"
if (Test-Path $Dist) { Remove-Item -Recurse -Force $Dist }
if (Test-Path "build\pyinstaller") { Remove-Item -Recurse -Force "build\pyinstaller" }
Invoke-Checked $VPy @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN", "--distpath", "dist",
                      "--workpath", "build\pyinstaller", "installers\recovery-desk.spec")

# ------------------------------------------------------------------ 3. checks
Step "3/6 checking the bundle"
$Exe = Join-Path $Dist "RecoveryDesk.exe"
if (-not (Test-Path $Exe)) { throw "no $Exe" }
if (Get-ChildItem -Recurse $Dist | Where-Object { $_.FullName -match 'keyrings' }) { throw "keyrings.alt files found in the bundle" }
if (Select-String -Quiet -SimpleMatch -Pattern "'keyrings" -Path "build\pyinstaller\recovery-desk\PYZ-*.toc") {
    throw "keyrings.alt modules found in the PYZ archive"
}
foreach ($m in Get-ChildItem "src\recovery_desk\store\migrations\versions\[0-9]*.py") {
    if (-not (Test-Path (Join-Path $Dist "_internal\recovery_desk\store\migrations\versions\$($m.Name)"))) {
        throw "migration not shipped as data: $($m.Name)"
    }
}

# ------------------------------------------------------------------ 4. sign the app, smoke test
Step "4/6 signing the app (if a certificate was given) and smoke test"
if ($SignTool) {
    $ToSign = @($Exe)
    if ($SignAllBinaries) {
        $ToSign += Get-ChildItem -Recurse $Dist -Include *.dll, *.pyd |
            Where-Object { (Get-AuthenticodeSignature $_.FullName).Status -ne "Valid" } |
            Select-Object -ExpandProperty FullName
    }
    Sign $ToSign "Recovery Desk"
}
if (-not $SkipSmokeTest) {
    $SmokeHome = Join-Path $env:TEMP ("recovery-desk-smoke-" + [guid]::NewGuid())
    $env:QT_QPA_PLATFORM = "offscreen"
    $env:RECOVERY_DESK_HOME = Join-Path $SmokeHome "home-from-env"
    # A windowed app has no console: wait for it, then read its exit code and its report file.
    $Run = Start-Process -FilePath $Exe -Wait -PassThru -ArgumentList @(
        "--demo", "--smoke-test", "--people", "20", "--home", "`"$SmokeHome\home`"")
    Remove-Item Env:\QT_QPA_PLATFORM, Env:\RECOVERY_DESK_HOME
    $Report = Join-Path $SmokeHome "home\smoke-test.json"
    if (Test-Path $Report) { Get-Content $Report | Write-Host }
    if ($Run.ExitCode -ne 0) { throw "smoke test failed (exit code $($Run.ExitCode))" }
    if (-not (Get-Content -Raw $Report | ConvertFrom-Json).ok) { throw "smoke test report says it failed" }
    Remove-Item -Recurse -Force $SmokeHome
}

# ------------------------------------------------------------------ 5. WiX file list
Step "5/6 WiX file list build\windows\AppFiles.wxs"
New-Item -ItemType Directory -Force $WorkDir | Out-Null
$Sha = [System.Security.Cryptography.SHA1]::Create()
function Id([string]$Prefix, [string]$Path) {
    $bytes = $Sha.ComputeHash([System.Text.Encoding]::UTF8.GetBytes($Path.ToLowerInvariant()))
    return $Prefix + (-join ($bytes[0..11] | ForEach-Object { $_.ToString("x2") }))
}
$Xml = New-Object System.Text.StringBuilder
$Refs = New-Object System.Collections.Generic.List[string]
function Add-Folder([string]$Folder, [string]$Relative, [int]$Depth) {
    $pad = "  " * $Depth
    foreach ($file in Get-ChildItem -File $Folder | Sort-Object Name) {
        $rel = if ($Relative) { "$Relative\$($file.Name)" } else { $file.Name }
        $cid = Id "c" $rel
        $Refs.Add($cid)
        $src = [System.Security.SecurityElement]::Escape($file.FullName)
        [void]$Xml.AppendLine("$pad<Component Id=`"$cid`"><File Id=`"$(Id 'f' $rel)`" Source=`"$src`" KeyPath=`"yes`" /></Component>")
    }
    foreach ($dir in Get-ChildItem -Directory $Folder | Sort-Object Name) {
        $rel = if ($Relative) { "$Relative\$($dir.Name)" } else { $dir.Name }
        $name = [System.Security.SecurityElement]::Escape($dir.Name)
        [void]$Xml.AppendLine("$pad<Directory Id=`"$(Id 'd' $rel)`" Name=`"$name`">")
        Add-Folder $dir.FullName $rel ($Depth + 1)
        [void]$Xml.AppendLine("$pad</Directory>")
    }
}
Add-Folder $Dist "" 3
$Fragment = @"
<?xml version="1.0" encoding="utf-8"?>
<!-- Generated by installers\windows\build.ps1 from dist\RecoveryDesk: do not edit. -->
<Wix xmlns="http://wixtoolset.org/schemas/v4/wxs">
  <Fragment>
    <DirectoryRef Id="INSTALLFOLDER">
$($Xml.ToString().TrimEnd())
    </DirectoryRef>
  </Fragment>
  <Fragment>
    <ComponentGroup Id="AppFiles">
$(($Refs | ForEach-Object { "      <ComponentRef Id=`"$_`" />" }) -join "`r`n")
    </ComponentGroup>
  </Fragment>
</Wix>
"@
$AppFiles = Join-Path $WorkDir "AppFiles.wxs"
[System.IO.File]::WriteAllText($AppFiles, $Fragment, (New-Object System.Text.UTF8Encoding($false)))
Write-Host "$($Refs.Count) files"

# ------------------------------------------------------------------ 6. MSI
Step "6/6 wix build -> $Msi"
if (Test-Path $Msi) { Remove-Item -Force $Msi }
Invoke-Checked wix @("build", "-arch", "x64", "-d", "Version=$MsiVersion", "-out", $Msi,
                     "installers\windows\RecoveryDesk.wxs", $AppFiles)
Sign @($Msi) "Recovery Desk $Version installer"

$FolderMB = [math]::Round(((Get-ChildItem -Recurse -File $Dist | Measure-Object Length -Sum).Sum / 1MB), 1)
$MsiMB = [math]::Round(((Get-Item $Msi).Length / 1MB), 1)
Write-Host ""
Write-Host "OK: dist\RecoveryDesk\ ($FolderMB MB) and $(Split-Path -Leaf $Msi) ($MsiMB MB) in $([int]((Get-Date) - $Started).TotalSeconds) s"
if (-not $SignTool) { Write-Host "NOT SIGNED: pass -CertificateThumbprint and -TimestampUrl for a release the trust will deploy." }
