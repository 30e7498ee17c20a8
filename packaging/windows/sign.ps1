# Signs Windows files with the publishing office's code-signing certificate, when one is
# configured; otherwise says the build is unsigned (exit 0) and the workflow labels it so.
#
# Since June 2023 a code-signing certificate's key lives on hardware or in a CA's cloud HSM:
# a .pfx in a secret cannot hold one. This script uses SSL.com's eSigner CKA, which makes
# the cloud certificate appear in the Windows certificate store, then Windows' signtool
# (the same signtool works for DigiCert KeyLocker's KSP, or any CA's CSP, once its own
# client is installed in place of CKA). Secrets (the repository's Settings → Secrets):
#   ES_USERNAME, ES_PASSWORD, ES_TOTP_SECRET   the eSigner account and its OTP secret
# Usage: pwsh packaging/windows/sign.ps1 FILE...   (writes "signed=true|false" to
# $env:GITHUB_OUTPUT when run in a workflow)
param([Parameter(ValueFromRemainingArguments = $true)][string[]] $Files)
$ErrorActionPreference = "Stop"

function Tell-Signed([string] $value) {
  if ($env:GITHUB_OUTPUT) { "signed=$value" | Out-File -Append -Encoding utf8 $env:GITHUB_OUTPUT }
}

if (-not $env:ES_USERNAME -or -not $env:ES_PASSWORD -or -not $env:ES_TOTP_SECRET) {
  Write-Host "unsigned: no code-signing service is configured (see README, 'Signing')"
  Tell-Signed "false"
  exit 0
}
$cka = Join-Path $env:RUNNER_TEMP "eSignerCKA"
$zip = Join-Path $env:RUNNER_TEMP "eSignerCKA.zip"
Invoke-WebRequest -Uri "https://github.com/SSLcom/eSignerCKA/releases/download/v1.0.6/SSL.COM-eSigner-CKA_1.0.6.zip" -OutFile $zip
Expand-Archive $zip -DestinationPath (Join-Path $env:RUNNER_TEMP "cka-setup") -Force
$setup = Get-ChildItem (Join-Path $env:RUNNER_TEMP "cka-setup") -Filter "*CKA*.exe" | Select-Object -First 1
& $setup.FullName /CURRENTUSER /VERYSILENT /SUPPRESSMSGBOXES "/DIR=$cka" | Out-Null
& "$cka\eSignerCKATool.exe" config -mode product -user $env:ES_USERNAME -pass $env:ES_PASSWORD `
  -totp $env:ES_TOTP_SECRET -key "$cka\master.key" -r
& "$cka\eSignerCKATool.exe" unload
& "$cka\eSignerCKATool.exe" load
$certificate = Get-ChildItem Cert:\CurrentUser\My -CodeSigningCert | Select-Object -First 1
if (-not $certificate) { throw "eSigner CKA loaded no code-signing certificate" }
$signtool = Get-ChildItem "C:\Program Files (x86)\Windows Kits\10\bin\*\x64\signtool.exe" |
  Sort-Object FullName | Select-Object -Last 1
foreach ($file in $Files) {
  & $signtool.FullName sign /sha1 $certificate.Thumbprint /fd sha256 `
    /tr http://ts.ssl.com /td sha256 /d "CT05 Desktop" $file
  if ($LASTEXITCODE -ne 0) { throw "signtool could not sign $file" }
  & $signtool.FullName verify /pa $file
  if ($LASTEXITCODE -ne 0) { throw "the signature of $file does not verify" }
}
Tell-Signed "true"
