<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>ErrorMessages</name>
    <message numerus="yes">
        <source>Microsoft 365 is limiting how fast requests can be sent. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Microsoft 365 is limiting how fast requests can be sent. Wait %n second and try again.</numerusform>
            <numerusform>Microsoft 365 is limiting how fast requests can be sent. Wait %n seconds and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message numerus="yes">
        <source>%n other role(s)</source>
        <translation>
            <numerusform>%n other role</numerusform>
            <numerusform>%n other roles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message numerus="yes">
        <source>%n user(s) selected</source>
        <translation>
            <numerusform>%n user selected</numerusform>
            <numerusform>%n users selected</numerusform>
        </translation>
    </message>
</context>
</TS>
