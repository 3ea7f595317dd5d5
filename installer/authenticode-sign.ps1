# Authenticode signature (SHA-256, RFC 3161 timestamp) of the given .exe files with signtool.
# The certificate comes from the environment, never from a file in the project:
#   SIGNING_CERT_BASE64 (a .pfx file, base64) and SIGNING_CERT_PASSWORD.
param([Parameter(Mandatory = $true, ValueFromRemainingArguments = $true)][string[]]$Files)
$ErrorActionPreference = "Stop"
if (-not $env:SIGNING_CERT_BASE64) { throw "SIGNING_CERT_BASE64 is not set" }
$timestamp = if ($env:SIGNING_TIMESTAMP_URL) { $env:SIGNING_TIMESTAMP_URL } else { "http://timestamp.digicert.com" }
$signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
  Sort-Object FullName -Descending | Select-Object -First 1
if (-not $signtool) { throw "signtool.exe not found (Windows SDK)" }
$pfx = Join-Path ([IO.Path]::GetTempPath()) "pim-desktop-signing-$PID.pfx"
[IO.File]::WriteAllBytes($pfx, [Convert]::FromBase64String($env:SIGNING_CERT_BASE64))
try {
  & $signtool.FullName sign /f $pfx /p $env:SIGNING_CERT_PASSWORD /fd SHA256 /tr $timestamp /td SHA256 @Files
  if ($LASTEXITCODE) { throw "signtool failed with $LASTEXITCODE" }
  & $signtool.FullName verify /pa @Files
} finally {
  Remove-Item $pfx -ErrorAction SilentlyContinue
}
