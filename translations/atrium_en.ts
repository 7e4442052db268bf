<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CatalogPage</name>
    <message numerus="yes">
        <location filename="../qml/Catalog/CatalogPage.qml" line="183"/>
        <source>%Ln entities</source>
        <translation>
            <numerusform>%Ln entity</numerusform>
            <numerusform>%Ln entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Catalog/CatalogPage.qml" line="184"/>
        <source>%L1 of %Ln entities</source>
        <translation>
            <numerusform>%L1 of %Ln entity</numerusform>
            <numerusform>%L1 of %Ln entities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntityApiTab</name>
    <message numerus="yes">
        <location filename="../qml/Catalog/EntityApiTab.qml" line="35"/>
        <source>%n operations</source>
        <translation>
            <numerusform>%n operation</numerusform>
            <numerusform>%n operations</numerusform>
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
    <name>GraphPage</name>
    <message numerus="yes">
        <location filename="../qml/Graph/GraphPage.qml" line="228"/>
        <source>%n entities</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Graph/GraphPage.qml" line="228"/>
        <source>%n relations</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Graph/GraphPage.qml" line="358"/>
        <source>%n entities depend on this: too many to draw.</source>
        <translation>
            <numerusform>%n entity depends on this: too many to draw.</numerusform>
            <numerusform>%n entities depend on this: too many to draw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Graph/GraphPage.qml" line="359"/>
        <source>%n entities within depth %1: too many to draw.</source>
        <translation>
            <numerusform>%n entity within depth %1: too many to draw.</numerusform>
            <numerusform>%n entities within depth %1: too many to draw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Graph/GraphPage.qml" line="394"/>
        <source>Depth %1 (%n entities)</source>
        <translation>
            <numerusform>Depth %1 (%n entity)</numerusform>
            <numerusform>Depth %1 (%n entities)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Graph/GraphPage.qml" line="411"/>
        <source>Draw all %n (slow)</source>
        <translation>
            <numerusform>Draw all %n (slow)</numerusform>
            <numerusform>Draw all %n (slow)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Graph/GraphPage.qml" line="546"/>
        <source>%n entities depend on %1, directly or through others,</source>
        <translation>
            <numerusform>%n entity depends on %1, directly or through others,</numerusform>
            <numerusform>%n entities depend on %1, directly or through others,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Graph/GraphPage.qml" line="547"/>
        <source>owned by %n teams or people.</source>
        <translation>
            <numerusform>owned by %n team or person.</numerusform>
            <numerusform>owned by %n teams or people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Graph/GraphPage.qml" line="600"/>
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
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
    <name>atrium::GraphController</name>
    <message numerus="yes">
        <location filename="../src/models/graphcontroller.cpp" line="525"/>
        <source>If %1 fails, %n entities are affected:</source>
        <translation>
            <numerusform>If %1 fails, %n entity is affected:</numerusform>
            <numerusform>If %1 fails, %n entities are affected:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atrium::SyncController</name>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="688"/>
        <source>%n repositories read</source>
        <translation>
            <numerusform>%n repository read</numerusform>
            <numerusform>%n repositories read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="690"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="692"/>
        <source>%n without a catalog file</source>
        <translation>
            <numerusform>%n without a catalog file</numerusform>
            <numerusform>%n without a catalog file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="694"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="696"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="699"/>
        <source>%n local folder(s)</source>
        <translation>
            <numerusform>%n local folder</numerusform>
            <numerusform>%n local folders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="700"/>
        <source>%n entities written</source>
        <translation>
            <numerusform>%n entity written</numerusform>
            <numerusform>%n entities written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="736"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="462"/>
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
