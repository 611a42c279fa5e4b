<#
.SYNOPSIS
  Builds the Windows installer of Journey Studio with jpackage (JDK 25) - on Windows only.
.DESCRIPTION
  packaging\windows\build.ps1 [-Types msi,exe,app-image] [-PerUser]
  Writes target\installers\windows\Journey Studio-<version>.msi: a jlinked runtime with JavaFX, the
  editor (Journey Studio.exe, Start menu and desktop shortcuts) and the CLI (ascendkit.exe, a
  console program, which also runs the engine: ascendkit engine start), with the *.journey.json
  file type, and an AOT cache for each launcher, trained here. The upgrade code below stays the same for every version, so a newer .msi replaces an
  older one. Needs JDK 25 (JAVA_HOME or on the PATH), Maven, and WiX Toolset 3 (candle.exe and
  light.exe on the PATH; JDK 25's jpackage also takes WiX 4/5, untried).
  UNTESTED here (built on Linux): see packaging\README.md. CI: .github\workflows\installers.yml.
#>
param(
    [ValidateSet('msi', 'exe', 'app-image')]
    [string[]] $Types = @('msi'),
    # Install into the user's profile without elevation instead of Program Files.
    [switch] $PerUser
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

# Never change: Windows Installer finds the installed version to upgrade by it.
$UpgradeUuid = '7454c0a0-71b0-402c-b74b-e75508db42d2'
$AppName = 'Journey Studio'
$Vendor = 'AscendKit'
$Description = 'Journey Studio: a visual editor for user lifecycle journeys, with the journey engine and the ascendkit CLI'
# Same list as packaging/common.sh
$JdkModules = 'java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.scripting,java.security.jgss,java.security.sasl,java.sql,jdk.crypto.ec,jdk.jfr,jdk.net,jdk.security.auth,jdk.unsupported,jdk.zipfs'
$FxModules = 'javafx.base,javafx.graphics,javafx.controls,javafx.fxml'
# Same as packaging/common.sh: the editor's JVM options but for its AOT cache (a missing or stale
# cache says nothing), and the cache ($APPDIR is the app folder; jpackage expands it).
$EditorOptions = '-Xlog:disable -Xlog:all=error:stderr -Xlog:aot*=off:stderr -Dfile.encoding=UTF-8'
$EditorCache = '-XX:AOTCache=$APPDIR/journey-studio.aot'

$Here = $PSScriptRoot
$Root = (Resolve-Path (Join-Path $Here '..\..')).Path
$Out = Join-Path $Root 'target\installers'
$JdkBin = if ($env:JAVA_HOME) { Join-Path $env:JAVA_HOME 'bin' } else { '' }
function Jdk([string] $tool) { if ($JdkBin) { Join-Path $JdkBin "$tool.exe" } else { $tool } }
function Invoke-Checked([string] $exe, [string[]] $arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { throw "$exe failed with exit code $LASTEXITCODE" }
}
$MvnFlags = @('-B', '-q', '-Dstyle.color=never')
if ($env:MVN_FLAGS) { $MvnFlags += $env:MVN_FLAGS.Split(' ', [StringSplitOptions]::RemoveEmptyEntries) }

if (($Types -contains 'msi' -or $Types -contains 'exe') -and -not (Get-Command candle.exe -ErrorAction SilentlyContinue)) {
    throw 'WiX Toolset 3 not found (candle.exe, light.exe): install it (choco install wixtoolset) and put its bin on the PATH'
}

Push-Location $Root
try {
    # The version from the Maven project; jpackage accepts only numbers (the qualifier is dropped).
    $version = (& mvn @MvnFlags -N exec:exec '-Dexec.executable=cmd' '-Dexec.args=/c echo ${project.version}' |
        Where-Object { $_ -match '^\d' } | Select-Object -Last 1).Trim()
    if (-not $version) { throw 'could not read the project version from Maven' }
    $appVersion = ($version -split '-')[0]
    Write-Host "== version $version (installer: $appVersion)"

    Write-Host '== building the jars (mvn package, tests skipped)'
    foreach ($d in 'app\target\dependency', 'target\installers\input', 'target\installers\javafx', 'target\installers\runtime', 'target\installers\native') {
        if (Test-Path $d) { Remove-Item -Recurse -Force $d }
    }
    Invoke-Checked 'mvn' ($MvnFlags + @('package', 'dependency:copy-dependencies', '-pl', 'app,cli', '-am',
            '-DskipTests', '-Dascendkit.aot.skip=true', '-Dstudio.aot.skip=true', '-DincludeScope=runtime'))

    # One class path for both launchers: the app's runtime dependencies, then the CLI's others.
    $inputDir = New-Item -ItemType Directory -Force (Join-Path $Out 'input')
    $javafx = New-Item -ItemType Directory -Force (Join-Path $Out 'javafx')
    Copy-Item "app\target\app-$version.jar" (Join-Path $inputDir 'journey-studio.jar')
    Copy-Item "cli\target\cli-$version.jar" (Join-Path $inputDir 'ascendkit.jar')
    foreach ($jar in Get-ChildItem 'app\target\dependency\*.jar') {
        if ($jar.Name -like 'javafx-*-win.jar') { Copy-Item $jar.FullName $javafx }
        elseif ($jar.Name -notlike 'javafx-*') { Copy-Item $jar.FullName $inputDir }
    }
    $artifact = { param($name) $name -replace '-[0-9][0-9A-Za-z.]*(-[A-Za-z0-9.]+)?\.jar$', '' }
    $have = @(Get-ChildItem $inputDir -Filter '*.jar' | ForEach-Object { & $artifact $_.Name })
    foreach ($jar in Get-ChildItem 'cli\target\lib\*.jar') {
        if ($have -notcontains (& $artifact $jar.Name)) { Copy-Item $jar.FullName $inputDir }
    }

    # jlink: JDK modules and JavaFX as modules; JavaFX's DLLs in the runtime's bin, where JavaFX
    # looks for them when it is part of the runtime image.
    Write-Host '== jlink'
    $runtime = Join-Path $Out 'runtime'
    Invoke-Checked (Jdk 'jlink') @('--module-path', $javafx, '--add-modules', "$JdkModules,$FxModules",
        '--strip-debug', '--no-header-files', '--no-man-pages', '--generate-cds-archive',
        '--exclude-resources=glob:/javafx.graphics/*.dll', '--output', $runtime)
    Get-ChildItem $runtime -Recurse -Filter 'classes_nocoops.jsa' | Remove-Item
    $native = New-Item -ItemType Directory -Force (Join-Path $Out 'native')
    Push-Location $native
    Invoke-Checked (Jdk 'jar') @('xf', (Get-ChildItem (Join-Path $javafx 'javafx-graphics-*-win.jar')).FullName)
    Pop-Location
    Copy-Item (Join-Path $native '*.dll') (Join-Path $runtime 'bin')

    # The launchers' AOT caches (as packaging/common.sh), trained on a first app-image without them:
    # a JVM cannot read one cache and write another, and a cache serves the class path and JVM
    # options it was trained with, which both images' launchers share. The CLI's from aot-training
    # against a throw-away engine, the editor's from its --self-test (it opens a window: the build
    # needs a desktop session, as GitHub's Windows runners have). Both ship in the app folder.
    # jpackage splits --java-options at spaces: the repository's path must have none.
    $train = Join-Path $Out 'aot-train'
    if (Test-Path $train) { Remove-Item -Recurse -Force $train }
    New-Item -ItemType Directory -Force $train | Out-Null
    Get-ChildItem $inputDir -Filter '*.aot' | Remove-Item
    $trainProperties = Join-Path $train 'ascendkit.properties'
    (Get-Content (Join-Path $Here 'ascendkit.properties')) -replace ' -XX:AOTCache=\S*', '' | Set-Content $trainProperties
    Write-Host '== jpackage --type app-image (training image, no caches)'
    Invoke-Checked (Jdk 'jpackage') @('--type', 'app-image', '--dest', $train, '--name', $AppName,
        '--app-version', $appVersion, '--input', $inputDir, '--main-jar', 'journey-studio.jar',
        '--main-class', 'com.ascendkit.journeys.studio.Launcher', '--runtime-image', $runtime,
        '--java-options', "$EditorOptions -XX:AOTCacheOutput=$(Join-Path $inputDir 'journey-studio.aot')",
        '--add-launcher', "ascendkit=$trainProperties")
    $trainAk = Join-Path $train "$AppName\ascendkit.exe"
    $trainEditor = Join-Path $train "$AppName\$AppName.exe"
    # a throw-away user: its own credentials file and data directory
    $savedAppData = $env:APPDATA
    $savedDataDir = $env:JOURNEYS_DATA_DIR
    $env:APPDATA = Join-Path $train 'appdata'
    New-Item -ItemType Directory -Force $env:APPDATA | Out-Null
    try {
        Write-Host "== training the CLI's AOT cache (aot-training against a throw-away engine)"
        $engine = Start-Process -FilePath $trainAk -ArgumentList @('engine', 'start', '--port', '0', '--data', (Join-Path $train 'engine-data')) `
            -NoNewWindow -PassThru -RedirectStandardOutput (Join-Path $train 'engine.log') -RedirectStandardError (Join-Path $train 'engine.err')
        $deadline = (Get-Date).AddSeconds(60)
        do {
            Start-Sleep -Milliseconds 250
            & $trainAk journey list *> $null
        } until ($LASTEXITCODE -eq 0 -or $engine.HasExited -or (Get-Date) -gt $deadline)
        if ($LASTEXITCODE -eq 0) {
            $env:JAVA_TOOL_OPTIONS = "-XX:AOTCacheOutput=$(Join-Path $inputDir 'ascendkit.aot')"
            try { & $trainAk aot-training *> (Join-Path $train 'cli.log') } finally { Remove-Item Env:JAVA_TOOL_OPTIONS }
        }
        if (-not $engine.HasExited) { Stop-Process -Id $engine.Id -Force }
        if (-not (Test-Path (Join-Path $inputDir 'ascendkit.aot'))) { Write-Warning "no CLI cache (see $train): the CLI starts slower" }

        Write-Host "== training the editor's AOT cache (--self-test, cold)"
        $env:JOURNEYS_DATA_DIR = Join-Path $train 'editor-data'
        $editor = Start-Process -FilePath $trainEditor -ArgumentList '--self-test' -Wait -PassThru
        if ($editor.ExitCode -ne 0 -or -not (Test-Path (Join-Path $inputDir 'journey-studio.aot'))) {
            Get-ChildItem $inputDir -Filter 'journey-studio.aot' | Remove-Item
            Write-Warning 'the self-test failed: no editor cache (the editor starts slower)'
        }
    }
    finally {
        $env:APPDATA = $savedAppData
        $env:JOURNEYS_DATA_DIR = $savedDataDir
    }

    $dest = New-Item -ItemType Directory -Force (Join-Path $Out 'windows')
    foreach ($type in $Types) {
        Write-Host "== jpackage --type $type"
        if ($type -eq 'app-image') { $old = Join-Path $dest $AppName } else { $old = Join-Path $dest "*.$type" }
        if (Test-Path $old) { Remove-Item -Recurse -Force $old }
        $arguments = @(
            '--type', $type, '--dest', $dest, '--name', $AppName, '--app-version', $appVersion,
            '--vendor', $Vendor, '--description', $Description, '--copyright', "Copyright $Vendor",
            '--icon', (Join-Path $Root 'packaging\icons\journey-studio.ico'),
            '--input', $inputDir, '--main-jar', 'journey-studio.jar',
            '--main-class', 'com.ascendkit.journeys.studio.Launcher',
            '--runtime-image', $runtime, '--java-options', "$EditorOptions $EditorCache",
            '--add-launcher', "ascendkit=$(Join-Path $Here 'ascendkit.properties')")
        if ($type -ne 'app-image') {
            $arguments += @(
                '--file-associations', (Join-Path $Here 'journey-file.properties'),
                '--win-upgrade-uuid', $UpgradeUuid,
                '--win-menu', '--win-menu-group', $AppName, '--win-shortcut', '--win-dir-chooser')
            if ($PerUser) { $arguments += '--win-per-user-install' }
        }
        # the file association names its icon relative to this directory
        Push-Location $Here
        try { Invoke-Checked (Jdk 'jpackage') $arguments } finally { Pop-Location }
    }
    Get-ChildItem $dest
}
finally {
    Pop-Location
}
