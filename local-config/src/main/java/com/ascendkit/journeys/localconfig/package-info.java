/**
 * The user's local files, in one place for the engine, the client, the CLI and the editor: where
 * they go on each OS ({@link com.ascendkit.journeys.localconfig.LocalDirs}), the credentials file's
 * format, read and written by one codec ({@link
 * com.ascendkit.journeys.localconfig.CredentialsDocument}), and owner-only permissions ({@link
 * com.ascendkit.journeys.localconfig.OwnerOnly}). No HTTP, JDBC or UI; it depends on no other
 * module of the project, so the engine and the client can both use it.
 *
 * <p>The per-OS directories are written here, not taken from {@code dev.dirs:directories}
 * (directories-jvm, 26 on Maven Central), because that library, for the few lines it would save:
 *
 * <ul>
 *   <li>starts {@code powershell.exe} on Windows to ask for the known folders, on every start (a
 *       start-up cost of hundreds of milliseconds, minutes on managed machines with heavy
 *       PowerShell profiles, and a process launch that endpoint security may block);
 *   <li>reads {@code os.name}, {@code user.home} and the environment itself, so no test can set
 *       them as another OS would (here they are injected: {@link
 *       com.ascendkit.journeys.localconfig.Platform}, a map of variables);
 *   <li>names the folders its own way ({@code %APPDATA%\Org\App\config}, bundle-id style names on
 *       macOS), which would move every existing user's files.
 * </ul>
 *
 * The rules are short and stated in {@code docs/local-files.md}.
 */
package com.ascendkit.journeys.localconfig;
