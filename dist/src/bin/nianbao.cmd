@echo off
rem nianbao's launcher for Windows: finds Java 17 or later (JAVA_HOME, else PATH) and runs
rem lib\nianbao.jar with every argument as given. Messages here are ASCII: cmd.exe reads this
rem file in the console's code page, whatever that is; nianbao's own messages are in Chinese.
rem The JVM compiles with C1 only and collects with the serial collector (bench/README.md, 2026-12-08:
rem small and middling columns start and build faster, in a tenth of the memory); NIANBAO_JAVA_OPTS
rem adds JVM options after them, e.g. -XX:TieredStopAtLevel=4 for C2 on a column of many thousands
rem of reports. (No class-data archive here, unlike bin/nianbao.)
setlocal
set "NIANBAO_HOME=%~dp0.."

if not defined JAVA_HOME goto javaOnPath
set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if exist "%JAVA_EXE%" goto checkVersion
echo nianbao: JAVA_HOME ("%JAVA_HOME%") has no bin\java.exe. Set JAVA_HOME to a Java 17+ installation, or unset it to use the java on PATH. 1>&2
exit /b 2

:javaOnPath
set "JAVA_EXE=java.exe"
where java.exe >nul 2>nul
if not errorlevel 1 goto checkVersion
echo nianbao: no Java found. nianbao needs Java 17 or later: install one (e.g. Eclipse Temurin 17), or set JAVA_HOME to its folder. 1>&2
exit /b 2

:checkVersion
set "JAVA_VERSION="
for /f "tokens=3" %%v in ('"%JAVA_EXE%" -version 2^>^&1 ^| findstr /i /c:"version"') do if not defined JAVA_VERSION set "JAVA_VERSION=%%~v"
set "JAVA_MAJOR=0"
for /f "delims=." %%m in ("%JAVA_VERSION%") do set "JAVA_MAJOR=%%m"
if "%JAVA_MAJOR%"=="1" for /f "tokens=2 delims=." %%m in ("%JAVA_VERSION%") do set "JAVA_MAJOR=%%m"
if %JAVA_MAJOR% GEQ 17 goto run
echo nianbao: needs Java 17 or later; "%JAVA_EXE%" is Java %JAVA_VERSION%. Install Java 17+, or set JAVA_HOME to it. 1>&2
exit /b 2

:run
"%JAVA_EXE%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms16m -XX:MaxNewSize=32m %NIANBAO_JAVA_OPTS% -jar "%NIANBAO_HOME%\lib\nianbao.jar" %*
exit /b %ERRORLEVEL%
