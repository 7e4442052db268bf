<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CatalogPage</name>
    <message numerus="yes">
        <location filename="../qml/Catalog/CatalogPage.qml" line="187"/>
        <source>%Ln entities</source>
        <translation>
            <numerusform>%Ln entity</numerusform>
            <numerusform>%Ln entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Catalog/CatalogPage.qml" line="188"/>
        <source>%L1 of %Ln entities</source>
        <translation>
            <numerusform>%L1 of %Ln entity</numerusform>
            <numerusform>%L1 of %Ln entities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocsHome</name>
    <message numerus="yes">
        <location filename="../qml/Docs/DocsHome.qml" line="53"/>
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n site</numerusform>
            <numerusform>%n sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Docs/DocsHome.qml" line="233"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
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
    <name>FormField</name>
    <message numerus="yes">
        <location filename="../qml/Create/FormField.qml" line="385"/>
        <source>Filter %Ln entities</source>
        <translation>
            <numerusform>Filter %Ln entity</numerusform>
            <numerusform>Filter %Ln entities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GitHubClient</name>
    <message numerus="yes">
        <location filename="../src/services/github/githubclient.cpp" line="646"/>
        <source>%1 stopped sending data for %2 seconds (tried %n time(s)).</source>
        <translation>
            <numerusform>%1 stopped sending data for %2 seconds (tried %n time).</numerusform>
            <numerusform>%1 stopped sending data for %2 seconds (tried %n times).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/services/github/githubclient.cpp" line="657"/>
        <source>%1 did not answer within %2 seconds (tried %n time(s)).</source>
        <translation>
            <numerusform>%1 did not answer within %2 seconds (tried %n time).</numerusform>
            <numerusform>%1 did not answer within %2 seconds (tried %n times).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/services/github/githubclient.cpp" line="712"/>
        <source>GitHub asked Atrium to slow down (secondary rate limit); waiting %n second(s).</source>
        <translation>
            <numerusform>GitHub asked Atrium to slow down (secondary rate limit); waiting %n second.</numerusform>
            <numerusform>GitHub asked Atrium to slow down (secondary rate limit); waiting %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/services/github/githubclient.cpp" line="748"/>
        <location filename="../src/services/github/githubclient.cpp" line="961"/>
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
        <location filename="../qml/Graph/GraphPage.qml" line="231"/>
        <source>%Ln entities</source>
        <translation>
            <numerusform>%Ln entity</numerusform>
            <numerusform>%Ln entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Graph/GraphPage.qml" line="231"/>
        <source>%Ln relations</source>
        <translation>
            <numerusform>%Ln relation</numerusform>
            <numerusform>%Ln relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Graph/GraphPage.qml" line="361"/>
        <source>%Ln entities depend on this: too many to draw.</source>
        <translation>
            <numerusform>%Ln entity depends on this: too many to draw.</numerusform>
            <numerusform>%Ln entities depend on this: too many to draw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Graph/GraphPage.qml" line="362"/>
        <source>%Ln entities within depth %1: too many to draw.</source>
        <translation>
            <numerusform>%Ln entity within depth %1: too many to draw.</numerusform>
            <numerusform>%Ln entities within depth %1: too many to draw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Graph/GraphPage.qml" line="397"/>
        <source>Depth %1 (%Ln entities)</source>
        <translation>
            <numerusform>Depth %1 (%Ln entity)</numerusform>
            <numerusform>Depth %1 (%Ln entities)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Graph/GraphPage.qml" line="414"/>
        <source>Draw all %Ln (slow)</source>
        <translation>
            <numerusform>Draw all %Ln (slow)</numerusform>
            <numerusform>Draw all %Ln (slow)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Graph/GraphPage.qml" line="550"/>
        <source>%Ln entities depend on %1, directly or through others,</source>
        <translation>
            <numerusform>%Ln entity depends on %1, directly or through others,</numerusform>
            <numerusform>%Ln entities depend on %1, directly or through others,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Graph/GraphPage.qml" line="551"/>
        <source>owned by %n teams or people.</source>
        <translation>
            <numerusform>owned by %n team or person.</numerusform>
            <numerusform>owned by %n teams or people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Graph/GraphPage.qml" line="604"/>
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
        <location filename="../qml/Settings/SettingsPage.qml" line="444"/>
        <source>The YAML has %n more GitHub provider(s); edit them there.</source>
        <translation>
            <numerusform>The YAML has %n more GitHub provider; edit it there.</numerusform>
            <numerusform>The YAML has %n more GitHub providers; edit them there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Settings/SettingsPage.qml" line="1218"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Settings/SettingsPage.qml" line="1220"/>
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
    <name>SurveyImportDialog</name>
    <message numerus="yes">
        <location filename="../qml/Insights/SurveyImportDialog.qml" line="67"/>
        <source>%Ln rows. Choose the column with the 0–10 answer; a comment column gives the complaint themes, a date column the trend per quarter.</source>
        <translation>
            <numerusform>%Ln row. Choose the column with the 0–10 answer; a comment column gives the complaint themes, a date column the trend per quarter.</numerusform>
            <numerusform>%Ln rows. Choose the column with the 0–10 answer; a comment column gives the complaint themes, a date column the trend per quarter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncJob</name>
    <message numerus="yes">
        <location filename="../src/services/sync/syncjob.cpp" line="737"/>
        <source>Reading the docs of %n entities</source>
        <translation>
            <numerusform>Reading the docs of %n entity</numerusform>
            <numerusform>Reading the docs of %n entities</numerusform>
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
    <name>TaskHistory</name>
    <message numerus="yes">
        <location filename="../qml/Create/TaskHistory.qml" line="43"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateGallery</name>
    <message numerus="yes">
        <location filename="../qml/Create/TemplateGallery.qml" line="66"/>
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n template</numerusform>
            <numerusform>%n templates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message numerus="yes">
        <location filename="../qml/Welcome/WelcomePage.qml" line="669"/>
        <source>Set up in %n second(s).</source>
        <translation>
            <numerusform>Set up in %n second.</numerusform>
            <numerusform>Set up in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Welcome/WelcomePage.qml" line="672"/>
        <source>Atrium syncs it again every %n minute(s) while it runs, and whenever you press Ctrl+R. Sources, schedule and filters are in Settings.</source>
        <translation>
            <numerusform>Atrium syncs it again every minute while it runs, and whenever you press Ctrl+R. Sources, schedule and filters are in Settings.</numerusform>
            <numerusform>Atrium syncs it again every %n minutes while it runs, and whenever you press Ctrl+R. Sources, schedule and filters are in Settings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atrium::CreateController</name>
    <message numerus="yes">
        <location filename="../src/models/createcontroller.cpp" line="239"/>
        <source>(binary file, %n byte(s))</source>
        <translation>
            <numerusform>(binary file, %n byte)</numerusform>
            <numerusform>(binary file, %n bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atrium::GraphController</name>
    <message numerus="yes">
        <location filename="../src/models/graphcontroller.cpp" line="555"/>
        <source>If %1 fails, %Ln entities are affected:</source>
        <translation>
            <numerusform>If %1 fails, %Ln entity is affected:</numerusform>
            <numerusform>If %1 fails, %Ln entities are affected:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atrium::InsightsController</name>
    <message numerus="yes">
        <location filename="../src/models/insightscontroller.cpp" line="117"/>
        <source>%Ln completed tasks</source>
        <translation>
            <numerusform>%Ln completed task</numerusform>
            <numerusform>%Ln completed tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/insightscontroller.cpp" line="119"/>
        <source>%Ln active repositories</source>
        <translation>
            <numerusform>%Ln active repository</numerusform>
            <numerusform>%Ln active repositories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/insightscontroller.cpp" line="121"/>
        <source>%Ln responses</source>
        <translation>
            <numerusform>%Ln response</numerusform>
            <numerusform>%Ln responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/insightscontroller.cpp" line="123"/>
        <source>%Ln newcomers</source>
        <translation>
            <numerusform>%Ln newcomer</numerusform>
            <numerusform>%Ln newcomers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/insightscontroller.cpp" line="125"/>
        <source>%Ln tickets</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/insightscontroller.cpp" line="127"/>
        <source>%Ln incidents</source>
        <translation>
            <numerusform>%Ln incident</numerusform>
            <numerusform>%Ln incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/insightscontroller.cpp" line="128"/>
        <source>%Ln deployments</source>
        <translation>
            <numerusform>%Ln deployment</numerusform>
            <numerusform>%Ln deployments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/insightscontroller.cpp" line="391"/>
        <source>Read %Ln repositories from GitHub: %1 requests, %2 unchanged (free).</source>
        <translation>
            <numerusform>Read %Ln repository from GitHub: %1 requests, %2 unchanged (free).</numerusform>
            <numerusform>Read %Ln repositories from GitHub: %1 requests, %2 unchanged (free).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/insightscontroller.cpp" line="395"/>
        <source>%Ln repositories could not be read in full.</source>
        <translation>
            <numerusform>%Ln repository could not be read in full.</numerusform>
            <numerusform>%Ln repositories could not be read in full.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/insightscontroller.cpp" line="424"/>
        <source>Imported %Ln scaffolder tasks from %1.</source>
        <translation>
            <numerusform>Imported %Ln scaffolder task from %1.</numerusform>
            <numerusform>Imported %Ln scaffolder tasks from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/insightscontroller.cpp" line="426"/>
        <source>%n records were skipped: %1</source>
        <translation>
            <numerusform>%n record was skipped: %1</numerusform>
            <numerusform>%n records were skipped: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atrium::InsightsService</name>
    <message numerus="yes">
        <location filename="../src/services/metrics/insightsservice.cpp" line="518"/>
        <source>%1: .github/workflows of %n repositories</source>
        <translation>
            <numerusform>%1: .github/workflows of %n repository</numerusform>
            <numerusform>%1: .github/workflows of %n repositories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/services/metrics/insightsservice.cpp" line="567"/>
        <source>%n workflow files could not be read and were skipped.</source>
        <translation>
            <numerusform>%n workflow file could not be read and was skipped.</numerusform>
            <numerusform>%n workflow files could not be read and were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/services/metrics/insightsservice.cpp" line="569"/>
        <source>%n archived repositories are left out.</source>
        <translation>
            <numerusform>%n archived repository is left out.</numerusform>
            <numerusform>%n archived repositories are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/services/metrics/insightsservice.cpp" line="661"/>
        <source>Response rate %1% (of the %n developers in the catalog, per survey round) is below 70%: the score may not speak for them.</source>
        <translation>
            <numerusform>Response rate %1% (of the %n developer in the catalog, per survey round) is below 70%: the score may not speak for them.</numerusform>
            <numerusform>Response rate %1% (of the %n developers in the catalog, per survey round) is below 70%: the score may not speak for them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/services/metrics/insightsservice.cpp" line="665"/>
        <source>Response rate %1% of the %n developers in the catalog, per survey round.</source>
        <translation>
            <numerusform>Response rate %1% of the %n developer in the catalog, per survey round.</numerusform>
            <numerusform>Response rate %1% of the %n developers in the catalog, per survey round.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/services/metrics/insightsservice.cpp" line="672"/>
        <source>%n rows were skipped (no score from 0 to 10).</source>
        <translation>
            <numerusform>%n row was skipped (no score from 0 to 10).</numerusform>
            <numerusform>%n rows were skipped (no score from 0 to 10).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/services/metrics/insightsservice.cpp" line="720"/>
        <source>%1: pull requests of %n repositories; a developer joins with their first pull request, as GitHub&apos;s API gives no date of joining an organisation</source>
        <translation>
            <numerusform>%1: pull requests of %n repository; a developer joins with their first pull request, as GitHub&apos;s API gives no date of joining an organisation</numerusform>
            <numerusform>%1: pull requests of %n repositories; a developer joins with their first pull request, as GitHub&apos;s API gives no date of joining an organisation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/services/metrics/insightsservice.cpp" line="747"/>
        <source>%n newcomers have no merged pull request yet and are not in the median.</source>
        <translation>
            <numerusform>%n newcomer has no merged pull request yet and is not in the median.</numerusform>
            <numerusform>%n newcomers have no merged pull request yet and are not in the median.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/services/metrics/insightsservice.cpp" line="795"/>
        <source>%1: issues labelled %2 in %n repositories</source>
        <translation>
            <numerusform>%1: issues labelled %2 in %n repository</numerusform>
            <numerusform>%1: issues labelled %2 in %n repositories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/services/metrics/insightsservice.cpp" line="877"/>
        <source>%1: %2 of %n repositories; incidents: issues labelled %3</source>
        <translation>
            <numerusform>%1: %2 of %n repository; incidents: issues labelled %3</numerusform>
            <numerusform>%1: %2 of %n repositories; incidents: issues labelled %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/services/metrics/insightsservice.cpp" line="954"/>
        <source>%n successful deployments have no known commit and are not in the lead time.</source>
        <translation>
            <numerusform>%n successful deployment has no known commit and is not in the lead time.</numerusform>
            <numerusform>%n successful deployments have no known commit and are not in the lead time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/services/metrics/insightsservice.cpp" line="957"/>
        <source>%n incidents are still open and are not in the median.</source>
        <translation>
            <numerusform>%n incident is still open and is not in the median.</numerusform>
            <numerusform>%n incidents are still open and are not in the median.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/services/metrics/insightsservice.cpp" line="959"/>
        <source>%n records were left out (times out of order).</source>
        <translation>
            <numerusform>%n record was left out (times out of order).</numerusform>
            <numerusform>%n records were left out (times out of order).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atrium::SyncController</name>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="476"/>
        <source>Sync finished; %Ln repositories could not be read.</source>
        <translation>
            <numerusform>Sync finished; %Ln repository could not be read.</numerusform>
            <numerusform>Sync finished; %Ln repositories could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="627"/>
        <source>%Ln entities</source>
        <translation>
            <numerusform>%Ln entity</numerusform>
            <numerusform>%Ln entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="627"/>
        <source>%Ln problems</source>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="685"/>
        <source>%Ln repositories read</source>
        <translation>
            <numerusform>%Ln repository read</numerusform>
            <numerusform>%Ln repositories read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="687"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unchanged</numerusform>
            <numerusform>%Ln unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="689"/>
        <source>%Ln without a catalog file</source>
        <translation>
            <numerusform>%Ln without a catalog file</numerusform>
            <numerusform>%Ln without a catalog file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="691"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="693"/>
        <source>%Ln removed</source>
        <translation>
            <numerusform>%Ln removed</numerusform>
            <numerusform>%Ln removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="696"/>
        <source>%Ln local folder(s)</source>
        <translation>
            <numerusform>%Ln local folder</numerusform>
            <numerusform>%Ln local folders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="697"/>
        <source>%Ln entities written</source>
        <translation>
            <numerusform>%Ln entity written</numerusform>
            <numerusform>%Ln entities written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="733"/>
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
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
<context>
    <name>atrium::TemplateForm</name>
    <message numerus="yes">
        <location filename="../src/models/templateform.cpp" line="445"/>
        <source>Must be at least %n character(s)</source>
        <translation>
            <numerusform>Must be at least %n character</numerusform>
            <numerusform>Must be at least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/templateform.cpp" line="446"/>
        <source>Must be at most %n character(s)</source>
        <translation>
            <numerusform>Must be at most %n character</numerusform>
            <numerusform>Must be at most %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/templateform.cpp" line="457"/>
        <source>Choose at least %n</source>
        <translation>
            <numerusform>Choose at least %n</numerusform>
            <numerusform>Choose at least %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/templateform.cpp" line="458"/>
        <source>Choose at most %n</source>
        <translation>
            <numerusform>Choose at most %n</numerusform>
            <numerusform>Choose at most %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atrium::metrics</name>
    <message numerus="yes">
        <location filename="../src/core/metrics/dora.cpp" line="241"/>
        <source>The commits of the %n successful deployments are not known; sync the repositories&apos; commit history.</source>
        <translation>
            <numerusform>The commit of the %n successful deployment is not known; sync the repository&apos;s commit history.</numerusform>
            <numerusform>The commits of the %n successful deployments are not known; sync the repositories&apos; commit history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/metrics/dora.cpp" line="246"/>
        <source>None of the %n incidents is resolved yet.</source>
        <translation>
            <numerusform>The incident is not resolved yet.</numerusform>
            <numerusform>None of the %n incidents is resolved yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/metrics/goldenpath.cpp" line="205"/>
        <source>No active repository has been synced (%n archived ones are left out). Add a GitHub organisation to the sync settings and sync.</source>
        <translation>
            <numerusform>No active repository has been synced (%n archived one is left out). Add a GitHub organisation to the sync settings and sync.</numerusform>
            <numerusform>No active repository has been synced (%n archived ones are left out). Add a GitHub organisation to the sync settings and sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/metrics/nps.cpp" line="198"/>
        <source>No response falls in the chosen period; %n fall outside it.</source>
        <translation>
            <numerusform>No response falls in the chosen period; %n falls outside it.</numerusform>
            <numerusform>No response falls in the chosen period; %n fall outside it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/metrics/nps.cpp" line="202"/>
        <source>None of the %n rows has a score from 0 to 10; see the skipped rows.</source>
        <translation>
            <numerusform>The row has no score from 0 to 10; see the skipped rows.</numerusform>
            <numerusform>None of the %n rows has a score from 0 to 10; see the skipped rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/metrics/onboarding.cpp" line="97"/>
        <source>None of the %n newcomers of this period has a merged pull request yet.</source>
        <translation>
            <numerusform>The newcomer of this period has no merged pull request yet.</numerusform>
            <numerusform>None of the %n newcomers of this period has a merged pull request yet.</numerusform>
        </translation>
    </message>
</context>
</TS>
