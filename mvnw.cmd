@REM Minimal Windows counterpart of ./mvnw: runs the Maven on PATH.
@REM Needs Maven >= the maven.version in .mvn\wrapper\maven-wrapper.properties.
@echo off
call mvn %*
exit /b %ERRORLEVEL%
