@echo off
rem samarbejdsplan.cmd - the Windows launcher of the samarbejdsplan command line tool.
rem
rem   examples\cli\samarbejdsplan.cmd publish examples\plans\samarbejdsplan-2007.yaml --out site
rem
rem Runs samarbejdsplan-cli.jar (beside this file, or in target\ after "mvn package") with the quick C1 compiler
rem only and the serial garbage collector, as the bash launcher "samarbejdsplan" does; it passes every argument
rem on and returns the tool's exit code (0 success, 1 the plan has errors or an export failed, 2 wrong usage).
rem The AppCDS archive of the bash launcher is not used here: it is made for the JDK of the build machine.
rem
rem Environment:
rem   JAVA_HOME                 the Java 17+ to use (default: java on the PATH)
rem   SAMARBEJDSPLAN_JAR        another jar to run
rem   SAMARBEJDSPLAN_JAVA_OPTS  more JVM options, after the defaults (so they win), e.g. -Xmx2g
setlocal

set "JAR=%SAMARBEJDSPLAN_JAR%"
if not defined JAR if exist "%~dp0samarbejdsplan-cli.jar" set "JAR=%~dp0samarbejdsplan-cli.jar"
if not defined JAR if exist "%~dp0target\samarbejdsplan-cli.jar" set "JAR=%~dp0target\samarbejdsplan-cli.jar"
if not defined JAR goto nojar
if not exist "%JAR%" goto nojar

set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"

"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData %SAMARBEJDSPLAN_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:nojar
echo samarbejdsplan: samarbejdsplan-cli.jar not found beside %~f0 or in %~dp0target; build it with "mvn -B install -DskipTests" (or set SAMARBEJDSPLAN_JAR) 1>&2
exit /b 2
