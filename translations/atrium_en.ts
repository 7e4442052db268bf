<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CatalogPage</name>
    <message numerus="yes">
        <location filename="../qml/Catalog/CatalogPage.qml" line="108"/>
        <source>%Ln entities</source>
        <translation>
            <numerusform>%Ln entity</numerusform>
            <numerusform>%Ln entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Catalog/CatalogPage.qml" line="109"/>
        <source>%L1 of %Ln entities</source>
        <translation>
            <numerusform>%L1 of %Ln entity</numerusform>
            <numerusform>%L1 of %Ln entities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GitHubClient</name>
    <message numerus="yes">
        <location filename="../src/services/github/githubclient.cpp" line="713"/>
        <source>%1 did not answer within %2 seconds (tried %n time(s)).</source>
        <translation>
            <numerusform>%1 did not answer within %2 seconds (tried %n time).</numerusform>
            <numerusform>%1 did not answer within %2 seconds (tried %n times).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/services/github/githubclient.cpp" line="768"/>
        <source>GitHub asked Atrium to slow down (secondary rate limit); waiting %n second(s).</source>
        <translation>
            <numerusform>GitHub asked Atrium to slow down (secondary rate limit); waiting %n second.</numerusform>
            <numerusform>GitHub asked Atrium to slow down (secondary rate limit); waiting %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/services/github/githubclient.cpp" line="804"/>
        <source>GitHub had a server error (HTTP %1) and still failed after %n attempt(s). Try again later.</source>
        <translation>
            <numerusform>GitHub had a server error (HTTP %1) and still failed after %n attempt. Try again later.</numerusform>
            <numerusform>GitHub had a server error (HTTP %1) and still failed after %n attempts. Try again later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message numerus="yes">
        <location filename="../qml/Catalog/ProblemsPanel.qml" line="43"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Catalog/ProblemsPanel.qml" line="48"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <location filename="../qml/Settings/SettingsPage.qml" line="224"/>
        <source>The YAML has %n more GitHub provider(s); edit them there.</source>
        <translation>
            <numerusform>The YAML has %n more GitHub provider; edit it there.</numerusform>
            <numerusform>The YAML has %n more GitHub providers; edit them there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Settings/SettingsPage.qml" line="479"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Settings/SettingsPage.qml" line="481"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <location filename="../qml/Components/StatusBar.qml" line="65"/>
        <source>%Ln entities</source>
        <translation>
            <numerusform>%Ln entity</numerusform>
            <numerusform>%Ln entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Components/StatusBar.qml" line="153"/>
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message numerus="yes">
        <location filename="../qml/Sync/SyncPage.qml" line="431"/>
        <source>every %Ln min</source>
        <translation>
            <numerusform>every %Ln min</numerusform>
            <numerusform>every %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Sync/SyncPage.qml" line="436"/>
        <source>%Ln entities</source>
        <translation>
            <numerusform>%Ln entity</numerusform>
            <numerusform>%Ln entities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atrium::SyncController</name>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="684"/>
        <source>%n repositories read</source>
        <translation>
            <numerusform>%n repository read</numerusform>
            <numerusform>%n repositories read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="686"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="688"/>
        <source>%n without a catalog file</source>
        <translation>
            <numerusform>%n without a catalog file</numerusform>
            <numerusform>%n without a catalog file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="690"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="692"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="695"/>
        <source>%n local folder(s)</source>
        <translation>
            <numerusform>%n local folder</numerusform>
            <numerusform>%n local folders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="696"/>
        <source>%n entities written</source>
        <translation>
            <numerusform>%n entity written</numerusform>
            <numerusform>%n entities written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="732"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="458"/>
        <source>Sync finished; %n repositories could not be read.</source>
        <translation>
            <numerusform>Sync finished; %n repository could not be read.</numerusform>
            <numerusform>Sync finished; %n repositories could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atrium::SyncProblemsModel</name>
    <message numerus="yes">
        <location filename="../src/models/syncproblemsmodel.cpp" line="115"/>
        <source>%n error(s) and %1 in its catalog files; see Problems</source>
        <translation>
            <numerusform>%n error and %1 in its catalog files; see Problems</numerusform>
            <numerusform>%n errors and %1 in its catalog files; see Problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/syncproblemsmodel.cpp" line="116"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/syncproblemsmodel.cpp" line="117"/>
        <source>%n error(s) in its catalog files; see Problems</source>
        <translation>
            <numerusform>%n error in its catalog files; see Problems</numerusform>
            <numerusform>%n errors in its catalog files; see Problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/syncproblemsmodel.cpp" line="121"/>
        <source>%n warning(s) in its catalog files; see Problems</source>
        <translation>
            <numerusform>%n warning in its catalog files; see Problems</numerusform>
            <numerusform>%n warnings in its catalog files; see Problems</numerusform>
        </translation>
    </message>
</context>
</TS>
