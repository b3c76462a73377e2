# Build the Windows installer: dist\coprod-desktop-<version>-windows-x64-setup.exe
#
# Needs: Python 3.11+ for Windows (python.org or the "py" launcher) and Inno Setup 6.3 or newer
# (https://jrsoftware.org/isdl.php; its ISCC.exe is found in the usual places or from $env:ISCC).
# Run from anywhere:  powershell -ExecutionPolicy Bypass -File installers\windows\build.ps1
#
# Steps: a fresh virtual environment in build\venv, the project and PyInstaller installed into
# it, installers\coprod-desktop.spec run (dist\coprod-desktop\ with coprod-desktop.exe and
# coprod.exe), then Inno Setup compiles installers\windows\coprod.iss with the version read from
# coprod_desktop\__init__.py by installers\project_info.py.
param(
    [string]$Python = ""
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root

function Invoke-Checked {
    param([string]$Program, [string[]]$Arguments)
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

if (-not $Python) {
    if (Get-Command py -ErrorAction SilentlyContinue) { $Python = "py" } else { $Python = "python" }
}
$PythonArgs = @()
if ($Python -eq "py") { $PythonArgs = @("-3") }

$Version = (& $Python @PythonArgs "installers\project_info.py" "version").Trim()
$NumericVersion = (& $Python @PythonArgs "installers\project_info.py" "numeric-version").Trim()
Write-Host "[build] Coprod Desktop $Version"

$Venv = Join-Path $Root "build\venv"
$VenvPython = Join-Path $Venv "Scripts\python.exe"
if (-not (Test-Path $VenvPython)) {
    Write-Host "[build] making the build environment in build\venv"
    Invoke-Checked $Python ($PythonArgs + @("-m", "venv", $Venv))
}
Write-Host "[build] installing the project and PyInstaller into it"
Remove-Item -Recurse -Force -ErrorAction SilentlyContinue (Join-Path $Root "build\lib")
Invoke-Checked $VenvPython @("-m", "pip", "install", "-q", "--disable-pip-version-check",
    $Root, "pyinstaller>=6.10,<7", "pyinstaller-hooks-contrib>=2024.8")

Write-Host "[build] running PyInstaller"
Remove-Item -Recurse -Force -ErrorAction SilentlyContinue (Join-Path $Root "dist\coprod-desktop")
Invoke-Checked (Join-Path $Venv "Scripts\pyinstaller.exe") @("--noconfirm", "--log-level", "WARN",
    "--workpath", "build\pyinstaller", "--distpath", "dist", "installers\coprod-desktop.spec")

Write-Host "[build] checking the bundle starts: coprod-desktop --self-test"
$env:QT_QPA_PLATFORM = "offscreen"
$Window = Join-Path $Root "dist\coprod-desktop\coprod-desktop.exe"
$SelfTest = Start-Process -FilePath $Window -ArgumentList "--self-test" `
    -Wait -PassThru -NoNewWindow
Remove-Item Env:\QT_QPA_PLATFORM
if ($SelfTest.ExitCode -ne 0) { throw "The bundle's self-test failed (exit code $($SelfTest.ExitCode))" }

$Iscc = $env:ISCC
if (-not $Iscc) {
    $Candidates = @(
        (Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:ProgramFiles "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe")
    )
    $Iscc = $Candidates | Where-Object { $_ -and (Test-Path $_) } | Select-Object -First 1
}
if (-not $Iscc) { throw "Inno Setup 6 was not found: install it, or set ISCC to the path of ISCC.exe" }

Write-Host "[build] compiling the installer with Inno Setup"
Invoke-Checked $Iscc @("/Q", "/DAppVersion=$Version", "/DAppNumericVersion=$NumericVersion",
    "installers\windows\coprod.iss")

$Setup = Join-Path $Root "dist\coprod-desktop-$Version-windows-x64-setup.exe"
Write-Host "[build] wrote $Setup"
