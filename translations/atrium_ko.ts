<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>CatalogPage</name>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="64"/>
        <source>Who are you?</source>
        <translation>누구신가요?</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="73"/>
        <source>“Mine” shows what you and your teams own. Pick your User entity; Atrium remembers it.</source>
        <translation>“내 것”은 나와 내 팀이 소유한 항목을 보여 줍니다. 내 User 엔티티를 고르면 Atrium이 기억합니다.</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="79"/>
        <source>Search people</source>
        <translation>사람 검색</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="105"/>
        <source>No User entities match.</source>
        <translation>일치하는 User 엔티티가 없습니다.</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="176"/>
        <source>Catalog</source>
        <translation>카탈로그</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Catalog/CatalogPage.qml" line="183"/>
        <source>%Ln entities</source>
        <translation>
            <numerusform>엔티티 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Catalog/CatalogPage.qml" line="184"/>
        <source>%L1 of %Ln entities</source>
        <translation>
            <numerusform>엔티티 %Ln개 중 %L1개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="199"/>
        <source>Search name, title, description, tags (Ctrl+F)</source>
        <translation>이름, 제목, 설명, 태그 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="202"/>
        <source>Search entities</source>
        <translation>엔티티 검색</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="223"/>
        <source>Clear search</source>
        <translation>검색어 지우기</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="258"/>
        <source>Mine</source>
        <translation>내 것</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="262"/>
        <source>Entities owned by you and your teams: choose who you are first</source>
        <translation>나와 내 팀이 소유한 엔티티: 먼저 내가 누구인지 고르세요</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="263"/>
        <source>Entities owned by %1 and their teams</source>
        <translation>%1와(과) 그 팀이 소유한 엔티티</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="264"/>
        <source>Show entities owned by me and my teams only</source>
        <translation>나와 내 팀이 소유한 엔티티만 보기</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="274"/>
        <source>Choose who you are in the catalog</source>
        <translation>카탈로그에서 내가 누구인지 고르기</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="289"/>
        <source>Starred (%L1)</source>
        <translation>즐겨찾기 (%L1)</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="291"/>
        <source>Show starred entities only</source>
        <translation>즐겨찾기한 엔티티만 보기</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="303"/>
        <source>Filter by kind</source>
        <translation>종류별로 보기</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="428"/>
        <source>The catalog is empty</source>
        <translation>카탈로그가 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="429"/>
        <source>No entities match</source>
        <translation>일치하는 엔티티가 없습니다</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="439"/>
        <source>Import Backstage descriptor files with “atrium catalog import PATH”, or start Atrium with --demo to explore a sample organisation.</source>
        <translation>“atrium catalog import PATH”로 Backstage 디스크립터 파일을 가져오거나, --demo 옵션으로 Atrium을 실행해 예제 조직을 둘러보세요.</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="441"/>
        <source>Nothing here is owned by %1 or their teams.</source>
        <translation>%1 또는 그 팀이 소유한 항목이 없습니다.</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="443"/>
        <source>Nothing is starred yet. Open an entity and click its star.</source>
        <translation>아직 즐겨찾기한 엔티티가 없습니다. 엔티티를 열고 별표를 누르세요.</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="444"/>
        <source>Try other words, choose all kinds, or remove filters.</source>
        <translation>다른 검색어를 입력하거나, 모든 종류를 선택하거나, 필터를 제거해 보세요.</translation>
    </message>
</context>
<context>
    <name>CatalogSnapshot</name>
    <message>
        <location filename="../src/models/catalogsnapshot.cpp" line="43"/>
        <source>Cannot open the catalog cache %1: %2</source>
        <translation>카탈로그 캐시 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/models/catalogsnapshot.cpp" line="66"/>
        <source>Cannot write %1.</source>
        <translation>%1에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/models/catalogsnapshot.cpp" line="103"/>
        <source>Cannot write the demo catalog to %1: %2</source>
        <translation>데모 카탈로그를 %1에 저장할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>CatalogTable</name>
    <message>
        <location filename="../qml/Catalog/CatalogTable.qml" line="23"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogTable.qml" line="24"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogTable.qml" line="25"/>
        <source>Owner</source>
        <translation>소유자</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogTable.qml" line="26"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogTable.qml" line="27"/>
        <source>Lifecycle</source>
        <translation>수명 주기</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogTable.qml" line="28"/>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogTable.qml" line="29"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogTable.qml" line="30"/>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogTable.qml" line="190"/>
        <source>Entities</source>
        <translation>엔티티</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../qml/Catalog/CommandPalette.qml" line="74"/>
        <source>Go to entity by name or title</source>
        <translation>이름이나 제목으로 엔티티로 이동</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CommandPalette.qml" line="77"/>
        <source>Go to entity</source>
        <translation>엔티티로 이동</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CommandPalette.qml" line="169"/>
        <source>Type to search all entities. ↑↓ to move, Enter to open, Esc to close.</source>
        <translation>입력하여 모든 엔티티를 검색하세요. ↑↓로 이동, Enter로 열기, Esc로 닫기.</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CommandPalette.qml" line="170"/>
        <source>No entity matches “%1”.</source>
        <translation>“%1”과(와) 일치하는 엔티티가 없습니다.</translation>
    </message>
</context>
<context>
    <name>DeviceFlow</name>
    <message>
        <location filename="../src/services/github/deviceflow.cpp" line="74"/>
        <source>Device sign-in is not enabled for Atrium&apos;s OAuth app on %1.</source>
        <translation>%1에서 Atrium OAuth 앱의 디바이스 로그인이 켜져 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/github/deviceflow.cpp" line="75"/>
        <source>%1 refused to start the sign-in (%2). Check the OAuth app&apos;s client id in the connection settings.</source>
        <translation>%1에서 로그인 시작을 거부했습니다 (%2). 연결 설정에서 OAuth 앱의 클라이언트 ID를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../src/services/github/deviceflow.cpp" line="87"/>
        <location filename="../src/services/github/deviceflow.cpp" line="168"/>
        <source>%1 sent an answer Atrium could not read.</source>
        <translation>%1에서 Atrium이 읽을 수 없는 응답을 보냈습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/github/deviceflow.cpp" line="109"/>
        <source>The code %1 expired before it was entered. Start the sign-in again.</source>
        <translation>코드 %1이(가) 입력되기 전에 만료되었습니다. 로그인을 다시 시작하세요.</translation>
    </message>
    <message>
        <location filename="../src/services/github/deviceflow.cpp" line="115"/>
        <source>The sign-in was cancelled.</source>
        <translation>로그인을 취소했습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/github/deviceflow.cpp" line="163"/>
        <source>The sign-in was declined on GitHub.</source>
        <translation>GitHub에서 로그인이 거부되었습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/github/deviceflow.cpp" line="169"/>
        <source>%1 refused the sign-in (%2). Start it again; if this persists, check the OAuth app settings.</source>
        <translation>%1에서 로그인을 거부했습니다 (%2). 로그인을 다시 시작하고, 계속 거부되면 OAuth 앱 설정을 확인하세요.</translation>
    </message>
</context>
<context>
    <name>EntityApiTab</name>
    <message numerus="yes">
        <location filename="../qml/Catalog/EntityApiTab.qml" line="35"/>
        <source>%n operations</source>
        <translation>
            <numerusform>작업 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityApiTab.qml" line="116"/>
        <source>Operation ID: %1</source>
        <translation>작업 ID: %1</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityApiTab.qml" line="122"/>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityApiTab.qml" line="143"/>
        <source>Request body: %1</source>
        <translation>요청 본문: %1</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityApiTab.qml" line="148"/>
        <source>Responses</source>
        <translation>응답</translation>
    </message>
</context>
<context>
    <name>EntityPanel</name>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="60"/>
        <source>Back (Alt+Left)</source>
        <translation>뒤로 (Alt+←)</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="61"/>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="73"/>
        <source>Forward (Alt+Right)</source>
        <translation>앞으로 (Alt+→)</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="74"/>
        <source>Forward</source>
        <translation>앞으로</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="96"/>
        <source>Remove star</source>
        <translation>즐겨찾기 해제</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="96"/>
        <source>Star this entity</source>
        <translation>이 엔티티 즐겨찾기</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="106"/>
        <source>Close (Esc)</source>
        <translation>닫기 (Esc)</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="107"/>
        <source>Close details</source>
        <translation>상세 정보 닫기</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="190"/>
        <source>Graph</source>
        <translation>그래프</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="197"/>
        <source>Its relations as a graph (Ctrl+G)</source>
        <translation>관계를 그래프로 보기 (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="201"/>
        <source>Blast radius</source>
        <translation>영향 범위</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="208"/>
        <source>What breaks when it fails, and whom to tell (Ctrl+Shift+B)</source>
        <translation>장애 시 무엇이 영향을 받고 누구에게 알려야 하는지 (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="231"/>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="233"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="234"/>
        <source>Problems (%1)</source>
        <translation>문제 (%1)</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="235"/>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="255"/>
        <source>Owner</source>
        <translation>소유자</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="261"/>
        <source>Domain</source>
        <translation>도메인</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="261"/>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="267"/>
        <source>Namespace</source>
        <translation>네임스페이스</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="271"/>
        <source>Source</source>
        <translation>소스 파일</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="280"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="298"/>
        <source>Links</source>
        <translation>링크</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="232"/>
        <location filename="../qml/Catalog/EntityPanel.qml" line="391"/>
        <source>Relations</source>
        <translation>관계</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="234"/>
        <location filename="../qml/Catalog/EntityPanel.qml" line="488"/>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="338"/>
        <source>At a glance</source>
        <translation>한눈에 보기</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="354"/>
        <source>Spec</source>
        <translation>스펙</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="363"/>
        <source>Labels</source>
        <translation>레이블</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="374"/>
        <source>Annotations</source>
        <translation>어노테이션</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="422"/>
        <source>No relations.</source>
        <translation>관계가 없습니다.</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="441"/>
        <source>Copied</source>
        <translation>복사됨</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="441"/>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="530"/>
        <source>No errors or warnings for this entity.</source>
        <translation>이 엔티티에는 오류나 경고가 없습니다.</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="545"/>
        <source>Entity not found</source>
        <translation>엔티티를 찾을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="552"/>
        <source>%1 is not in this catalog.</source>
        <translation>이 카탈로그에 %1이(가) 없습니다.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../qml/Catalog/FilterBar.qml" line="34"/>
        <source>+ Add filter</source>
        <translation>+ 필터 추가</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/FilterBar.qml" line="37"/>
        <source>Add filter</source>
        <translation>필터 추가</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/FilterBar.qml" line="94"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/FilterBar.qml" line="110"/>
        <source>Remove filter %1</source>
        <translation>필터 %1 제거</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/FilterBar.qml" line="119"/>
        <source>Clear filters</source>
        <translation>필터 모두 지우기</translation>
    </message>
</context>
<context>
    <name>GitHubClient</name>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="507"/>
        <source>GitHub&apos;s API rate limit (%1) is used up until %2. Try again after that.</source>
        <translation>GitHub API 요청 한도(%1)를 %2까지 모두 사용했습니다. 그 이후에 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="512"/>
        <source>GitHub&apos;s API rate limit (%1) is used up; waiting until %2, when it resets.</source>
        <translation>GitHub API 요청 한도(%1)를 모두 사용했습니다. 한도가 초기화되는 %2까지 기다립니다.</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="539"/>
        <source>GitHub did not accept the token: it has expired, been revoked or is mistyped. Sign in again or enter a new token.</source>
        <translation>GitHub에서 토큰을 받아들이지 않았습니다. 만료 또는 폐기되었거나 잘못 입력된 토큰입니다. 다시 로그인하거나 새 토큰을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="550"/>
        <source>The organisation %1 uses SAML single sign-on, and this token is not authorised for it. Authorise it at %2, then try again.</source>
        <translation>%1 조직은 SAML SSO를 사용하는데, 이 토큰은 이 조직에 대해 승인되지 않았습니다. %2에서 토큰을 승인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="551"/>
        <source>on GitHub</source>
        <translation>GitHub의</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="558"/>
        <source>The token is not allowed to read %1. A classic personal access token needs the scopes repo and read:org (and workflow to create repositories from templates); a fine-grained token or GitHub App needs read access to the organisation&apos;s repositories (Metadata and Contents) and members.</source>
        <translation>이 토큰에는 %1을(를) 읽을 권한이 없습니다. 클래식 개인용 액세스 토큰에는 repo와 read:org 권한 범위가 필요하고(템플릿으로 저장소를 만들려면 workflow도 필요), 세분화된 토큰이나 GitHub App에는 조직의 저장소(Metadata 및 Contents)와 구성원에 대한 읽기 권한이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="564"/>
        <source>GitHub refused access to %1: %2</source>
        <translation>GitHub에서 %1에 대한 접근을 거부했습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="564"/>
        <source>forbidden</source>
        <translation>접근 금지</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="566"/>
        <source>GitHub accepts these scopes for it: %1; the token has: %2.</source>
        <translation>GitHub가 이 요청에 허용하는 권한 범위: %1. 토큰의 권한 범위: %2.</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="568"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="573"/>
        <source>GitHub could not find %1. Check the name; if it is private, the token needs the repo scope (and read:org for organisations) and access to it.</source>
        <translation>GitHub에서 %1을(를) 찾을 수 없습니다. 이름을 확인하세요. 비공개라면 토큰에 repo 권한 범위(조직이면 read:org도)와 해당 항목에 대한 접근 권한이 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="578"/>
        <source>GitHub rejected the request for %1 (HTTP %2): %3</source>
        <translation>GitHub에서 %1 요청을 거부했습니다 (HTTP %2): %3</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="578"/>
        <source>no reason given</source>
        <translation>사유 없음</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="603"/>
        <source>An organisation in this query uses SAML single sign-on, and this token is not authorised for it. Authorise the token for the organisation on GitHub, then try again.</source>
        <translation>이 쿼리의 조직 중 하나가 SAML SSO를 사용하는데, 이 토큰은 그 조직에 대해 승인되지 않았습니다. GitHub에서 해당 조직에 대해 토큰을 승인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="610"/>
        <source>The token is not allowed to read what the query asks for. A classic personal access token needs the scopes repo and read:org (and workflow to create repositories from templates); a fine-grained token or GitHub App needs read access to the organisation&apos;s repositories (Metadata and Contents) and members.</source>
        <translation>이 토큰에는 쿼리가 요청한 항목을 읽을 권한이 없습니다. 클래식 개인용 액세스 토큰에는 repo와 read:org 권한 범위가 필요하고(템플릿으로 저장소를 만들려면 workflow도 필요), 세분화된 토큰이나 GitHub App에는 조직의 저장소(Metadata 및 Contents)와 구성원에 대한 읽기 권한이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="616"/>
        <source>GitHub could not find it: %1</source>
        <translation>GitHub에서 찾을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="617"/>
        <source>GitHub could not answer the query: %1</source>
        <translation>GitHub에서 쿼리에 응답하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="646"/>
        <location filename="../src/services/github/githubclient.cpp" line="692"/>
        <source>The request was cancelled.</source>
        <translation>요청을 취소했습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="649"/>
        <source>The CA bundle %1 could not be used: it is missing or holds no PEM or DER certificate. Choose another file in the connection settings.</source>
        <translation>CA 번들 %1을(를) 사용할 수 없습니다. 파일이 없거나 PEM 또는 DER 인증서가 들어 있지 않습니다. 연결 설정에서 다른 파일을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="660"/>
        <location filename="../src/services/github/githubclient.cpp" line="785"/>
        <source>GitHub&apos;s API rate limit (%1) is used up.</source>
        <translation>GitHub API 요청 한도(%1)를 모두 사용했습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/services/github/githubclient.cpp" line="713"/>
        <source>%1 did not answer within %2 seconds (tried %n time(s)).</source>
        <translation>
            <numerusform>%1에서 %2초 안에 응답하지 않았습니다 (%n회 시도).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="724"/>
        <source>The secure connection to %1 could not be verified. If this GitHub Enterprise server uses a certificate from a private certificate authority, add that authority&apos;s certificate file as the CA bundle in the connection settings.</source>
        <translation>%1에 대한 보안 연결을 검증할 수 없습니다. 이 GitHub Enterprise 서버가 사설 인증 기관(CA)에서 발급한 인증서를 사용한다면, 연결 설정에서 해당 인증 기관의 인증서 파일을 CA 번들로 추가하세요.</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="735"/>
        <source>Atrium could not reach %1. Check the network connection and the server address.</source>
        <translation>Atrium이 %1에 연결할 수 없습니다. 네트워크 연결과 서버 주소를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="751"/>
        <source>GitHub asked Atrium to slow down (a secondary rate limit) and kept refusing after %1 waits. Try again in a few minutes.</source>
        <translation>GitHub에서 Atrium에 요청 속도를 낮추도록 요구했고(보조 요청 한도), %1회 기다린 뒤에도 계속 거부했습니다. 몇 분 후에 다시 시도하세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/services/github/githubclient.cpp" line="768"/>
        <source>GitHub asked Atrium to slow down (secondary rate limit); waiting %n second(s).</source>
        <translation>
            <numerusform>GitHub에서 요청 속도를 낮추도록 요구했습니다(보조 요청 한도). %n초 기다립니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/services/github/githubclient.cpp" line="804"/>
        <source>GitHub had a server error (HTTP %1) and still failed after %n attempt(s). Try again later.</source>
        <translation>
            <numerusform>GitHub에서 서버 오류(HTTP %1)가 발생했으며, %n회 시도했지만 계속 실패했습니다. 나중에 다시 시도하세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="811"/>
        <source>GitHub sent an answer Atrium could not read.</source>
        <translation>GitHub에서 Atrium이 읽을 수 없는 응답을 보냈습니다.</translation>
    </message>
</context>
<context>
    <name>GraphCanvas</name>
    <message>
        <location filename="../qml/Graph/GraphCanvas.qml" line="81"/>
        <source>Relations graph around %1</source>
        <translation>%1 주변의 관계 그래프
%1</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphCanvas.qml" line="243"/>
        <source>%1
Click to select, double-click to centre the graph here</source>
        <translation>%1
클릭하면 선택, 두 번 클릭하면 여기를 중심으로 그래프를 그립니다</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphCanvas.qml" line="244"/>
        <source>%1
Referenced but not in the catalog</source>
        <translation>%1
참조되었지만 카탈로그에 없음</translation>
    </message>
</context>
<context>
    <name>GraphPage</name>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="30"/>
        <source>Cannot write %1</source>
        <translation>%1에 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="32"/>
        <location filename="../qml/Graph/GraphPage.qml" line="638"/>
        <source>Saved %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="39"/>
        <source>Relations graph</source>
        <translation>관계 그래프</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="87"/>
        <location filename="../qml/Graph/GraphPage.qml" line="117"/>
        <source>Blast radius</source>
        <translation>영향 범위</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="87"/>
        <source>Relations</source>
        <translation>관계</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="108"/>
        <source>Neighbourhood</source>
        <translation>주변</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="125"/>
        <source>Everything that breaks when this fails (Ctrl+B)</source>
        <translation>이것이 실패하면 영향을 받는 모든 것 (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="144"/>
        <location filename="../qml/Graph/GraphPage.qml" line="158"/>
        <source>Depth</source>
        <translation>깊이</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="168"/>
        <source>Both directions</source>
        <translation>양방향</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="169"/>
        <source>Dependencies</source>
        <translation>의존 대상</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="170"/>
        <source>Dependents</source>
        <translation>의존하는 쪽</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="174"/>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="181"/>
        <source>All relations</source>
        <translation>모든 관계</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="181"/>
        <source>Relations: %1 of %2</source>
        <translation>관계: %2개 중 %1개</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="201"/>
        <source>All kinds</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="201"/>
        <source>Kinds: %1</source>
        <translation>종류: %1개</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="217"/>
        <source>Show all kinds</source>
        <translation>모든 종류 보기</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Graph/GraphPage.qml" line="228"/>
        <source>%n entities</source>
        <translation>
            <numerusform>엔티티 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Graph/GraphPage.qml" line="228"/>
        <source>%n relations</source>
        <translation>
            <numerusform>관계 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="236"/>
        <source>Zoom out (−)</source>
        <translation>축소 (−)</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="237"/>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="245"/>
        <source>Fit to the window (0)</source>
        <translation>창에 맞추기 (0)</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="246"/>
        <source>Fit to the window</source>
        <translation>창에 맞추기</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="253"/>
        <source>Zoom in (+)</source>
        <translation>확대 (+)</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="254"/>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="259"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="267"/>
        <source>Image (PNG)…</source>
        <translation>이미지 (PNG)…</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="268"/>
        <source>Vector drawing (SVG)…</source>
        <translation>벡터 그림 (SVG)…</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="269"/>
        <source>Graphviz source (DOT)…</source>
        <translation>Graphviz 소스 (DOT)…</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="353"/>
        <source>Pick an entity to see its relations</source>
        <translation>관계를 볼 엔티티를 고르세요</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="354"/>
        <source>Building the relations graph…</source>
        <translation>관계 그래프를 만드는 중…</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="355"/>
        <source>%1 is not in this catalog</source>
        <translation>%1은(는) 이 카탈로그에 없습니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Graph/GraphPage.qml" line="358"/>
        <source>%n entities depend on this: too many to draw.</source>
        <translation>
            <numerusform>엔티티 %n개가 이것에 의존합니다: 그리기에는 너무 많습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Graph/GraphPage.qml" line="359"/>
        <source>%n entities within depth %1: too many to draw.</source>
        <translation>
            <numerusform>깊이 %1 안에 엔티티 %n개: 그리기에는 너무 많습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="372"/>
        <source>Open an entity in the catalog and choose Graph or Blast radius, or press Ctrl+K.</source>
        <translation>카탈로그에서 엔티티를 열고 그래프나 영향 범위를 고르거나 Ctrl+K를 누르세요.</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="375"/>
        <source>The owners to notify are listed on the right. Narrow the graph to draw part of it.</source>
        <translation>알려야 할 소유자는 오른쪽에 있습니다. 일부를 그리려면 그래프를 좁히세요.</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="376"/>
        <source>The graph shows up to %1 entities. Narrow it:</source>
        <translation>그래프는 엔티티를 최대 %1개까지 그립니다. 범위를 좁히세요:</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Graph/GraphPage.qml" line="394"/>
        <source>Depth %1 (%n entities)</source>
        <translation>
            <numerusform>깊이 %1 (엔티티 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="404"/>
        <source>Hide %1 (%2)</source>
        <translation>%1 숨기기 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Graph/GraphPage.qml" line="411"/>
        <source>Draw all %n (slow)</source>
        <translation>
            <numerusform>%n개 모두 그리기 (느림)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="457"/>
        <source>Owner: %1</source>
        <translation>소유자: %1</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="474"/>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="478"/>
        <source>Show it in the catalog (Enter)</source>
        <translation>카탈로그에서 보기 (Enter)</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="482"/>
        <source>Centre here</source>
        <translation>여기를 중심으로</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="486"/>
        <source>Draw the graph around it (Ctrl+Enter or double-click)</source>
        <translation>이것을 중심으로 그래프 그리기 (Ctrl+Enter 또는 두 번 클릭)</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="497"/>
        <source>Click a box to see it here; double-click to centre the graph on it. Tab moves between boxes, +/− zoom, 0 fits.</source>
        <translation>상자를 클릭하면 여기에 표시되고, 두 번 클릭하면 그 상자를 중심으로 그립니다. Tab으로 상자 사이를 이동하고 +/−로 확대·축소, 0으로 창에 맞춥니다.</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="524"/>
        <source>Owners to notify</source>
        <translation>알려야 할 소유자</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="531"/>
        <source>Copied</source>
        <translation>복사됨</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="531"/>
        <source>Copy list</source>
        <translation>목록 복사</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="545"/>
        <source>Nothing depends on %1.</source>
        <translation>%1에 의존하는 것이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Graph/GraphPage.qml" line="546"/>
        <source>%n entities depend on %1, directly or through others,</source>
        <translation>
            <numerusform>엔티티 %n개가 직접 또는 다른 엔티티를 거쳐 %1에 의존하며,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Graph/GraphPage.qml" line="547"/>
        <source>owned by %n teams or people.</source>
        <translation>
            <numerusform>팀 또는 사람 %n곳이 소유합니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="590"/>
        <source>These entities have no owner</source>
        <translation>이 엔티티들은 소유자가 없습니다</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="591"/>
        <source>No e-mail in the catalog</source>
        <translation>카탈로그에 이메일이 없습니다</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="592"/>
        <source>Owner not in the catalog</source>
        <translation>소유자가 카탈로그에 없습니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Graph/GraphPage.qml" line="600"/>
        <source> and %n more</source>
        <translation>
            <numerusform> 외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="632"/>
        <source>Export the graph</source>
        <translation>그래프 내보내기</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="633"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="633"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 그림 (*.svg)</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="633"/>
        <source>Graphviz files (*.dot *.gv)</source>
        <translation>Graphviz 파일 (*.dot *.gv)</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="51"/>
        <source>Atrium — demo organisation</source>
        <translation>Atrium — 데모 조직</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="51"/>
        <source>Atrium</source>
        <translation>Atrium</translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <location filename="../qml/Components/NavRail.qml" line="18"/>
        <source>Catalog</source>
        <translation>카탈로그</translation>
    </message>
    <message>
        <location filename="../qml/Components/NavRail.qml" line="19"/>
        <source>Graph</source>
        <translation>그래프</translation>
    </message>
    <message>
        <location filename="../qml/Components/NavRail.qml" line="21"/>
        <source>Sync</source>
        <translation>동기화</translation>
    </message>
    <message>
        <location filename="../qml/Components/NavRail.qml" line="23"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../qml/Components/NavRail.qml" line="40"/>
        <source>Atrium</source>
        <translation>Atrium</translation>
    </message>
    <message>
        <location filename="../qml/Components/NavRail.qml" line="63"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../qml/Components/Notice.qml" line="77"/>
        <source>Close notice</source>
        <translation>알림 닫기</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../qml/Catalog/ProblemsPanel.qml" line="37"/>
        <location filename="../qml/Catalog/ProblemsPanel.qml" line="78"/>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Catalog/ProblemsPanel.qml" line="43"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>오류 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Catalog/ProblemsPanel.qml" line="48"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>경고 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Catalog/ProblemsPanel.qml" line="58"/>
        <source>Close problems</source>
        <translation>문제 목록 닫기</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/ProblemsPanel.qml" line="100"/>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/ProblemsPanel.qml" line="100"/>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/ProblemsPanel.qml" line="134"/>
        <source>No problems: the catalog was read without errors or warnings.</source>
        <translation>문제 없음: 카탈로그를 오류나 경고 없이 읽었습니다.</translation>
    </message>
</context>
<context>
    <name>RelationTarget</name>
    <message>
        <location filename="../qml/Components/RelationTarget.qml" line="50"/>
        <source>%1 is not in the catalog</source>
        <translation>%1은(는) 카탈로그에 없습니다</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="90"/>
        <source>Choose a folder with catalog files</source>
        <translation>카탈로그 파일이 있는 폴더 선택</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="117"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="124"/>
        <source>%1 · not saved yet</source>
        <translation>%1 · 아직 저장하지 않음</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="125"/>
        <source>%1 · unsaved changes</source>
        <translation>%1 · 저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="134"/>
        <source>Reset to defaults</source>
        <translation>기본값으로 재설정</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="139"/>
        <source>Discard changes</source>
        <translation>변경 사항 버리기</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="145"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="151"/>
        <source>Save to %1 (Ctrl+S)</source>
        <translation>%1에 저장 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="152"/>
        <source>Fix the errors first</source>
        <translation>먼저 오류를 고치세요</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="212"/>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="215"/>
        <source>Read catalog files from the repositories of a GitHub organisation</source>
        <translation>GitHub 조직의 저장소에서 카탈로그 파일 읽기</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Settings/SettingsPage.qml" line="224"/>
        <source>The YAML has %n more GitHub provider(s); edit them there.</source>
        <translation>
            <numerusform>YAML에 GitHub 공급자가 %n개 더 있습니다. YAML에서 편집하세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="235"/>
        <location filename="../qml/Settings/SettingsPage.qml" line="243"/>
        <source>Organisation</source>
        <translation>조직</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="236"/>
        <source>The GitHub organisation whose repositories hold catalog-info.yaml files, e.g. acme.</source>
        <translation>catalog-info.yaml 파일이 있는 저장소들의 GitHub 조직입니다 (예: acme).</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="241"/>
        <source>acme</source>
        <translation>acme</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="252"/>
        <location filename="../qml/Settings/SettingsPage.qml" line="260"/>
        <source>Host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="253"/>
        <source>github.com, or your GitHub Enterprise server.</source>
        <translation>github.com 또는 사내 GitHub Enterprise 서버.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="266"/>
        <location filename="../qml/Settings/SettingsPage.qml" line="274"/>
        <source>API base URL</source>
        <translation>API 기본 URL</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="267"/>
        <source>GitHub Enterprise only; empty for github.com.</source>
        <translation>GitHub Enterprise 전용입니다. github.com이면 비워 두세요.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="279"/>
        <location filename="../qml/Settings/SettingsPage.qml" line="287"/>
        <source>Catalog file</source>
        <translation>카탈로그 파일</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="280"/>
        <source>The file read in each repository, from its root.</source>
        <translation>각 저장소에서 읽을 파일입니다 (저장소 루트 기준).</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="291"/>
        <location filename="../qml/Settings/SettingsPage.qml" line="300"/>
        <source>Repository filter</source>
        <translation>저장소 필터</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="292"/>
        <source>A regular expression the whole repository name must match; empty: every repository.</source>
        <translation>저장소 이름 전체가 일치해야 하는 정규식입니다. 비워 두면 모든 저장소를 읽습니다.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="309"/>
        <location filename="../qml/Settings/SettingsPage.qml" line="317"/>
        <source>Topics to include</source>
        <translation>포함할 토픽</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="310"/>
        <source>Comma-separated; empty: any topic.</source>
        <translation>쉼표로 구분합니다. 비워 두면 토픽을 따지지 않습니다.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="315"/>
        <source>backstage, catalog</source>
        <translation>backstage, catalog</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="323"/>
        <location filename="../qml/Settings/SettingsPage.qml" line="331"/>
        <source>Topics to exclude</source>
        <translation>제외할 토픽</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="324"/>
        <source>Wins over the included ones.</source>
        <translation>포함할 토픽보다 우선합니다.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="329"/>
        <source>experimental</source>
        <translation>experimental</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="336"/>
        <source>Visibility</source>
        <translation>공개 범위</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="337"/>
        <source>None ticked: every repository.</source>
        <translation>아무것도 선택하지 않으면 모든 저장소를 읽습니다.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="341"/>
        <source>Public</source>
        <translation>공개</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="342"/>
        <source>Private</source>
        <translation>비공개</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="343"/>
        <source>Internal</source>
        <translation>내부</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="356"/>
        <source>Include archived repositories</source>
        <translation>보관된 저장소도 포함</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="362"/>
        <source>Sync every</source>
        <translation>동기화 주기</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="364"/>
        <source>Atrium syncs on this schedule while it runs, and whenever you press Sync now (Ctrl+R).</source>
        <translation>Atrium이 실행되는 동안 이 주기로 동기화하며, 지금 동기화(Ctrl+R)를 누르면 언제든 동기화합니다.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="372"/>
        <source>Sync every (minutes)</source>
        <translation>동기화 주기 (분)</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="375"/>
        <source>minutes</source>
        <translation>분마다</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="382"/>
        <source>Local folders</source>
        <translation>로컬 폴더</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="386"/>
        <source>Folders on this computer with catalog files, read as “atrium catalog import” does (catalog.locations of type file).</source>
        <translation>이 컴퓨터에서 카탈로그 파일이 있는 폴더입니다. “atrium catalog import”와 같은 방식으로 읽습니다 (type이 file인 catalog.locations).</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="408"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="410"/>
        <source>Remove %1</source>
        <translation>%1 제거</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="420"/>
        <source>/path/to/catalog</source>
        <translation>/path/to/catalog</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="422"/>
        <source>Folder to add</source>
        <translation>추가할 폴더</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="425"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="430"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="464"/>
        <source>Edit as YAML</source>
        <translation>YAML로 편집</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="482"/>
        <source>Valid</source>
        <translation>문제 없음</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Settings/SettingsPage.qml" line="479"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>오류 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Settings/SettingsPage.qml" line="481"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>경고 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="534"/>
        <source>Configuration as YAML</source>
        <translation>YAML 형식의 설정</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="582"/>
        <source>Line %1</source>
        <translation>%1행</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../qml/Components/StatusBar.qml" line="44"/>
        <source>Loading the catalog…</source>
        <translation>카탈로그를 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../qml/Components/StatusBar.qml" line="57"/>
        <source>Demo</source>
        <translation>데모</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Components/StatusBar.qml" line="65"/>
        <source>%Ln entities</source>
        <translation>
            <numerusform>엔티티 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Components/StatusBar.qml" line="71"/>
        <source>Never updated</source>
        <translation>업데이트 기록 없음</translation>
    </message>
    <message>
        <location filename="../qml/Components/StatusBar.qml" line="72"/>
        <source>Updated %1</source>
        <translation>%1 업데이트됨</translation>
    </message>
    <message>
        <location filename="../qml/Components/StatusBar.qml" line="134"/>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <location filename="../qml/Components/StatusBar.qml" line="152"/>
        <source>No problems</source>
        <translation>문제 없음</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Components/StatusBar.qml" line="153"/>
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>문제 %Ln개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncJob</name>
    <message>
        <location filename="../src/services/sync/syncjob.cpp" line="197"/>
        <source>The organisation %1 was not found on %2, or the token cannot see it (it needs the read:org scope).</source>
        <translation>%2에서 조직 %1을(를) 찾을 수 없거나, 토큰에 이 조직을 볼 권한이 없습니다 (read:org 권한 범위가 필요합니다).</translation>
    </message>
    <message>
        <location filename="../src/services/sync/syncjob.cpp" line="207"/>
        <source>Listing the repositories of %1</source>
        <translation>%1의 저장소 목록을 가져오는 중</translation>
    </message>
    <message>
        <location filename="../src/services/sync/syncjob.cpp" line="225"/>
        <source>Listing the repositories of %1 failed</source>
        <translation>%1의 저장소 목록을 가져오지 못했습니다</translation>
    </message>
    <message>
        <location filename="../src/services/sync/syncjob.cpp" line="285"/>
        <source>%1 of %2 repositories unchanged</source>
        <translation>저장소 %2개 중 %1개 변경 없음</translation>
    </message>
    <message>
        <location filename="../src/services/sync/syncjob.cpp" line="316"/>
        <source>Reading catalog files from %1 failed</source>
        <translation>%1에서 카탈로그 파일을 읽지 못했습니다</translation>
    </message>
    <message>
        <location filename="../src/services/sync/syncjob.cpp" line="335"/>
        <source>%1 is binary or too large to read (%2 bytes)</source>
        <translation>%1은(는) 바이너리 파일이거나 너무 커서 읽을 수 없습니다 (%2바이트)</translation>
    </message>
    <message>
        <location filename="../src/services/sync/syncjob.cpp" line="412"/>
        <source>refresh took %1 s</source>
        <translation>새로 고침에 %1초 걸림</translation>
    </message>
    <message>
        <location filename="../src/services/sync/syncjob.cpp" line="447"/>
        <location filename="../src/services/sync/syncjob.cpp" line="571"/>
        <source>Writing the catalog cache failed; the previous catalog is unchanged: %1</source>
        <translation>카탈로그 캐시에 쓰지 못했습니다. 카탈로그는 이전 상태 그대로입니다: %1</translation>
    </message>
    <message>
        <location filename="../src/services/sync/syncjob.cpp" line="465"/>
        <source>%1 is not a repository of a configured organisation (give it as org/name)</source>
        <translation>%1은(는) 설정된 조직의 저장소가 아닙니다 (org/name 형식으로 지정하세요)</translation>
    </message>
    <message>
        <location filename="../src/services/sync/syncjob.cpp" line="474"/>
        <source>%1 has not been synced yet: run atrium sync first</source>
        <translation>%1은(는) 아직 동기화되지 않았습니다. 먼저 atrium sync를 실행하세요</translation>
    </message>
    <message>
        <location filename="../src/services/sync/syncjob.cpp" line="480"/>
        <source>%1 was not read from GitHub</source>
        <translation>%1은(는) GitHub에서 읽어 온 저장소가 아닙니다</translation>
    </message>
    <message>
        <location filename="../src/services/sync/syncjob.cpp" line="517"/>
        <source>Re-checking %1 failed: %2</source>
        <translation>%1을(를) 다시 확인하지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="116"/>
        <source>Sync</source>
        <translation>동기화</translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="124"/>
        <source>No sources configured</source>
        <translation>설정된 소스가 없습니다</translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="133"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="139"/>
        <location filename="../qml/Sync/SyncPage.qml" line="381"/>
        <source>Syncing…</source>
        <translation>동기화 중…</translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="139"/>
        <source>Sync now</source>
        <translation>지금 동기화</translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="149"/>
        <source>Sync all sources now (Ctrl+R)</source>
        <translation>모든 소스를 지금 동기화 (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="190"/>
        <source>Nothing to sync yet</source>
        <translation>아직 동기화할 대상이 없습니다</translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="196"/>
        <source>Atrium reads catalog files from the repositories of a GitHub organisation and from folders on this computer, on a schedule and whenever you ask. Add them in Settings: they are saved to %1 in the shape of a Backstage app-config, so your platform team&apos;s configuration can be pasted in as it is.</source>
        <translation>Atrium은 GitHub 조직의 저장소와 이 컴퓨터의 폴더에서 카탈로그 파일을 정해진 주기마다, 그리고 요청할 때마다 읽습니다. 설정에서 추가하세요. 설정은 Backstage app-config 형식으로 %1에 저장되므로 플랫폼 팀의 설정을 그대로 붙여 넣을 수도 있습니다.</translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="200"/>
        <source>Until then, the catalog shows what the cache holds.</source>
        <translation>그때까지 카탈로그에는 캐시에 있는 내용이 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="204"/>
        <source>Open Settings</source>
        <translation>설정 열기</translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="215"/>
        <source>The configuration %1 has errors, so nothing is synced:
%2</source>
        <translation>설정 파일 %1에 오류가 있어 아무것도 동기화하지 않습니다:
%2</translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="220"/>
        <source>Fix in Settings</source>
        <translation>설정에서 고치기</translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="236"/>
        <source>Sign in to %1</source>
        <translation>%1에 로그인</translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="242"/>
        <source>Atrium needs a GitHub token to read the organisation&apos;s repositories. Sign in with your browser; the token is kept in the system keychain, never in a file.</source>
        <translation>Atrium이 조직의 저장소를 읽으려면 GitHub 토큰이 필요합니다. 브라우저로 로그인하세요. 토큰은 파일이 아닌 시스템 키체인에만 보관됩니다.</translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="249"/>
        <source>Sign in with GitHub</source>
        <translation>GitHub로 로그인</translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="255"/>
        <source>Check again</source>
        <translation>다시 확인</translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="259"/>
        <source>Look for a token again, after setting ATRIUM_GITHUB_TOKEN or signing in elsewhere</source>
        <translation>ATRIUM_GITHUB_TOKEN을 설정했거나 다른 곳에서 로그인한 뒤 토큰을 다시 찾습니다</translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="273"/>
        <source>Asking GitHub for a code…</source>
        <translation>GitHub에 코드를 요청하는 중…</translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="281"/>
        <source>Enter this code at %1:</source>
        <translation>%1에서 이 코드를 입력하세요:</translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="306"/>
        <source>Copy code</source>
        <translation>코드 복사</translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="311"/>
        <source>Open GitHub</source>
        <translation>GitHub 열기</translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="326"/>
        <source>Waiting for you to approve Atrium on GitHub…</source>
        <translation>GitHub에서 Atrium을 승인하기를 기다리는 중…</translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="333"/>
        <source>Cancel sign-in</source>
        <translation>로그인 취소</translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="345"/>
        <source>Or set the ATRIUM_GITHUB_TOKEN environment variable to a token with the repo and read:org scopes, and restart Atrium.</source>
        <translation>또는 repo와 read:org 권한 범위가 있는 토큰을 ATRIUM_GITHUB_TOKEN 환경 변수에 설정한 뒤 Atrium을 다시 시작하세요.</translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="346"/>
        <source>Sign-in needs a GitHub OAuth app (its client ID in ATRIUM_GITHUB_CLIENT_ID). Or set the ATRIUM_GITHUB_TOKEN environment variable to a token with the repo and read:org scopes, and restart Atrium.</source>
        <translation>로그인하려면 GitHub OAuth 앱이 필요합니다 (클라이언트 ID를 ATRIUM_GITHUB_CLIENT_ID에 설정). 또는 repo와 read:org 권한 범위가 있는 토큰을 ATRIUM_GITHUB_TOKEN 환경 변수에 설정한 뒤 Atrium을 다시 시작하세요.</translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="355"/>
        <source>The last sync failed: %1
The catalog was left as it was.</source>
        <translation>마지막 동기화에 실패했습니다: %1
카탈로그는 이전 상태 그대로입니다.</translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="380"/>
        <source>%1 of %2 repositories</source>
        <translation>저장소 %2개 중 %1개</translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="403"/>
        <source>Sync progress</source>
        <translation>동기화 진행률</translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="411"/>
        <source>Last sync</source>
        <translation>마지막 동기화</translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="416"/>
        <source>Took</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="420"/>
        <source>Requests used</source>
        <translation>사용한 요청</translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="424"/>
        <source>Rate limit left</source>
        <translation>남은 요청 한도</translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="429"/>
        <source>Next run</source>
        <translation>다음 실행</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Sync/SyncPage.qml" line="431"/>
        <source>every %Ln min</source>
        <translation>
            <numerusform>%Ln분마다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="434"/>
        <source>Catalog updated</source>
        <translation>카탈로그 업데이트</translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="435"/>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Sync/SyncPage.qml" line="436"/>
        <source>%Ln entities</source>
        <translation>
            <numerusform>엔티티 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="464"/>
        <location filename="../qml/Sync/SyncPage.qml" line="493"/>
        <source>Repositories that need attention</source>
        <translation>확인이 필요한 저장소</translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="522"/>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="523"/>
        <source>Slow</source>
        <translation>느림</translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="523"/>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="551"/>
        <source>Open %1 on GitHub</source>
        <translation>GitHub에서 %1 열기</translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="569"/>
        <source>None listed: the last sync stopped before it read any repository.</source>
        <translation>목록 없음: 마지막 동기화가 저장소를 읽기 전에 멈췄습니다.</translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="570"/>
        <source>None: every repository was read, without errors and in good time.</source>
        <translation>없음: 모든 저장소를 오류 없이 제때 읽었습니다.</translation>
    </message>
    <message>
        <location filename="../qml/Sync/SyncPage.qml" line="568"/>
        <source>Nothing yet: problems appear here after the first sync.</source>
        <translation>아직 없음: 첫 동기화가 끝나면 여기에 문제가 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <location filename="../src/services/auth/tokenstore.cpp" line="82"/>
        <source>Qt runs without its GLib event loop (QT_NO_GLIB is set), and the Secret Service client needs it; unset QT_NO_GLIB</source>
        <translation>Qt가 GLib 이벤트 루프 없이 실행되고 있는데(QT_NO_GLIB 설정됨), Secret Service 클라이언트에는 이 루프가 필요합니다. QT_NO_GLIB 설정을 해제하세요</translation>
    </message>
    <message>
        <location filename="../src/services/auth/tokenstore.cpp" line="222"/>
        <source>No system keychain (Secret Service) is running, so Atrium will not store the token: it never writes tokens in clear. Give the token through an environment variable instead: name it with --token-env VAR, or set ATRIUM_GITHUB_TOKEN.</source>
        <translation>실행 중인 시스템 키체인(Secret Service)이 없어 Atrium은 토큰을 저장하지 않습니다. 토큰을 평문으로 기록하는 일은 없습니다. 대신 환경 변수로 토큰을 전달하세요: --token-env VAR로 변수 이름을 지정하거나 ATRIUM_GITHUB_TOKEN을 설정하세요.</translation>
    </message>
    <message>
        <location filename="../src/services/auth/tokenstore.cpp" line="262"/>
        <source>The system keychain did not answer within %1 seconds while reading the token for %2.</source>
        <translation>%2의 토큰을 읽는 동안 시스템 키체인이 %1초 안에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/auth/tokenstore.cpp" line="279"/>
        <source>Atrium could not read the token for %1 from the system keychain: %2</source>
        <translation>시스템 키체인에서 %1의 토큰을 읽지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/services/auth/tokenstore.cpp" line="288"/>
        <source>There is no token to store for %1.</source>
        <translation>%1에 저장할 토큰이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/auth/tokenstore.cpp" line="296"/>
        <source>The system keychain did not answer within %1 seconds, so the token for %2 may not be stored.</source>
        <translation>시스템 키체인이 %1초 안에 응답하지 않아 %2의 토큰이 저장되지 않았을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/auth/tokenstore.cpp" line="314"/>
        <source>The system keychain did not store the token for %1: %2. Atrium writes it nowhere else; to use a token without the keychain, put it in an environment variable and pass --token-env VAR, or set ATRIUM_GITHUB_TOKEN.</source>
        <translation>시스템 키체인이 %1의 토큰을 저장하지 않았습니다: %2. Atrium은 토큰을 다른 곳에 기록하지 않습니다. 키체인 없이 토큰을 쓰려면 환경 변수에 넣고 --token-env VAR로 지정하거나 ATRIUM_GITHUB_TOKEN을 설정하세요.</translation>
    </message>
    <message>
        <location filename="../src/services/auth/tokenstore.cpp" line="330"/>
        <source>The system keychain did not answer within %1 seconds while removing the token for %2.</source>
        <translation>%2의 토큰을 지우는 동안 시스템 키체인이 %1초 안에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/auth/tokenstore.cpp" line="347"/>
        <source>Atrium could not remove the token for %1 from the system keychain: %2</source>
        <translation>시스템 키체인에서 %1의 토큰을 지우지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/services/auth/tokenstore.cpp" line="360"/>
        <source>The environment variable %1 is empty or not set, so it holds no token.</source>
        <translation>환경 변수 %1이(가) 비어 있거나 설정되지 않아 토큰이 없습니다.</translation>
    </message>
</context>
<context>
    <name>atrium::AppController</name>
    <message>
        <location filename="../src/models/appcontroller.cpp" line="76"/>
        <source>Cannot create a folder for the demo in %1: %2</source>
        <translation>%1에 데모 폴더를 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/models/appcontroller.cpp" line="222"/>
        <source>just now</source>
        <translation>방금</translation>
    </message>
    <message>
        <location filename="../src/models/appcontroller.cpp" line="224"/>
        <source>%1 min ago</source>
        <translation>%1분 전</translation>
    </message>
    <message>
        <location filename="../src/models/appcontroller.cpp" line="226"/>
        <source>%1 h ago</source>
        <translation>%1시간 전</translation>
    </message>
    <message>
        <location filename="../src/models/appcontroller.cpp" line="228"/>
        <source>%1 d ago</source>
        <translation>%1일 전</translation>
    </message>
</context>
<context>
    <name>atrium::CatalogFilterModel</name>
    <message>
        <location filename="../src/models/catalogfiltermodel.cpp" line="169"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../src/models/catalogfiltermodel.cpp" line="171"/>
        <source>Owner</source>
        <translation>소유자</translation>
    </message>
    <message>
        <location filename="../src/models/catalogfiltermodel.cpp" line="173"/>
        <source>Lifecycle</source>
        <translation>수명 주기</translation>
    </message>
    <message>
        <location filename="../src/models/catalogfiltermodel.cpp" line="175"/>
        <source>Tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../src/models/catalogfiltermodel.cpp" line="177"/>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <location filename="../src/models/catalogfiltermodel.cpp" line="179"/>
        <source>Namespace</source>
        <translation>네임스페이스</translation>
    </message>
</context>
<context>
    <name>atrium::EntityDetails</name>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="136"/>
        <source>Owned by</source>
        <translation>소유자</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="137"/>
        <source>Owner of</source>
        <translation>소유 항목</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="138"/>
        <source>Depends on</source>
        <translation>의존 대상</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="139"/>
        <source>Dependency of</source>
        <translation>이 항목에 의존</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="140"/>
        <source>Provides API</source>
        <translation>제공 API</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="141"/>
        <source>API provided by</source>
        <translation>API 제공자</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="142"/>
        <source>Consumes API</source>
        <translation>사용 API</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="143"/>
        <source>API consumed by</source>
        <translation>API 사용자</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="144"/>
        <source>Part of</source>
        <translation>소속</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="145"/>
        <source>Has part</source>
        <translation>구성 요소</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="146"/>
        <source>Member of</source>
        <translation>소속 그룹</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="147"/>
        <source>Has member</source>
        <translation>구성원</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="148"/>
        <source>Child of</source>
        <translation>상위 그룹</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="149"/>
        <source>Parent of</source>
        <translation>하위 그룹</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="177"/>
        <source>Repository</source>
        <translation>저장소</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="179"/>
        <source>Source</source>
        <translation>소스</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="181"/>
        <source>View source</source>
        <translation>소스 보기</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="183"/>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="185"/>
        <source>Docs</source>
        <translation>문서</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="187"/>
        <location filename="../src/models/entitydetails.cpp" line="189"/>
        <source>PagerDuty</source>
        <translation>PagerDuty</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="189"/>
        <source>integration configured</source>
        <translation>연동 설정됨</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="202"/>
        <source>Argo CD</source>
        <translation>Argo CD</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="204"/>
        <source>Argo CD applications</source>
        <translation>Argo CD 애플리케이션</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="207"/>
        <source>Grafana dashboards</source>
        <translation>Grafana 대시보드</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="209"/>
        <source>Grafana overview</source>
        <translation>Grafana 개요</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="211"/>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="213"/>
        <source>SonarQube project</source>
        <translation>SonarQube 프로젝트</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="215"/>
        <source>Created from template</source>
        <translation>템플릿으로 생성됨</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="231"/>
        <source>The OpenAPI definition cannot be read: %1</source>
        <translation>OpenAPI 정의를 읽을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>atrium::GraphController</name>
    <message>
        <location filename="../src/models/graphcontroller.cpp" line="447"/>
        <source>No owner</source>
        <translation>소유자 없음</translation>
    </message>
    <message>
        <location filename="../src/models/graphcontroller.cpp" line="507"/>
        <source>Ownership</source>
        <translation>소유</translation>
    </message>
    <message>
        <location filename="../src/models/graphcontroller.cpp" line="508"/>
        <source>Dependencies</source>
        <translation>의존 대상</translation>
    </message>
    <message>
        <location filename="../src/models/graphcontroller.cpp" line="509"/>
        <source>Provided APIs</source>
        <translation>제공하는 API</translation>
    </message>
    <message>
        <location filename="../src/models/graphcontroller.cpp" line="510"/>
        <source>Consumed APIs</source>
        <translation>사용하는 API</translation>
    </message>
    <message>
        <location filename="../src/models/graphcontroller.cpp" line="511"/>
        <source>Part of (systems, domains)</source>
        <translation>소속 (시스템, 도메인)</translation>
    </message>
    <message>
        <location filename="../src/models/graphcontroller.cpp" line="512"/>
        <source>Membership</source>
        <translation>구성원</translation>
    </message>
    <message>
        <location filename="../src/models/graphcontroller.cpp" line="513"/>
        <source>Group hierarchy</source>
        <translation>그룹 계층</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/graphcontroller.cpp" line="525"/>
        <source>If %1 fails, %n entities are affected:</source>
        <translation>
            <numerusform>%1이(가) 실패하면 엔티티 %n개가 영향을 받습니다:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/graphcontroller.cpp" line="557"/>
        <source>There is no graph to export.</source>
        <translation>내보낼 그래프가 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/models/graphcontroller.cpp" line="564"/>
        <source>Cannot export the graph as %1: %2</source>
        <translation>그래프를 %1(으)로 내보낼 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/models/graphcontroller.cpp" line="569"/>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2
</translation>
    </message>
</context>
<context>
    <name>atrium::KindCountsModel</name>
    <message>
        <location filename="../src/models/kindcountsmodel.cpp" line="28"/>
        <location filename="../src/models/kindcountsmodel.cpp" line="33"/>
        <source>All kinds</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <location filename="../src/models/kindcountsmodel.cpp" line="33"/>
        <source>%1 (%L2)</source>
        <extracomment>A kind in the kind filter with the number of entities of that kind</extracomment>
        <translation>%1 (%L2)</translation>
    </message>
</context>
<context>
    <name>atrium::SettingsController</name>
    <message>
        <location filename="../src/models/settingscontroller.cpp" line="267"/>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/models/settingscontroller.cpp" line="301"/>
        <source>Not saved: fix the errors first.</source>
        <translation>저장하지 않았습니다. 먼저 오류를 고치세요.</translation>
    </message>
    <message>
        <location filename="../src/models/settingscontroller.cpp" line="307"/>
        <source>Cannot create the folder %1.</source>
        <translation>폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/models/settingscontroller.cpp" line="314"/>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/models/settingscontroller.cpp" line="788"/>
        <source>Enter the GitHub host: github.com, or your GitHub Enterprise server&apos;s name.</source>
        <translation>GitHub 호스트를 입력하세요: github.com 또는 GitHub Enterprise 서버 이름.</translation>
    </message>
    <message>
        <location filename="../src/models/settingscontroller.cpp" line="791"/>
        <source>Only the host name, such as github.example.com: no https:// and no path.</source>
        <translation>github.example.com처럼 호스트 이름만 입력하세요. https://와 경로는 넣지 않습니다.</translation>
    </message>
    <message>
        <location filename="../src/models/settingscontroller.cpp" line="800"/>
        <source>Enter an https URL such as https://%1/api/v3.</source>
        <translation>https://%1/api/v3 같은 https URL을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../src/models/settingscontroller.cpp" line="805"/>
        <source>Enter the organisation whose repositories hold catalog files.</source>
        <translation>카탈로그 파일이 있는 저장소들의 조직을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../src/models/settingscontroller.cpp" line="808"/>
        <source>Only the organisation&apos;s name, such as acme: not a URL.</source>
        <translation>acme처럼 조직 이름만 입력하세요. URL은 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/models/settingscontroller.cpp" line="811"/>
        <source>Patterns are not supported: name one file, such as /catalog-info.yaml.</source>
        <translation>패턴은 지원하지 않습니다. /catalog-info.yaml처럼 파일 하나를 지정하세요.</translation>
    </message>
    <message>
        <location filename="../src/models/settingscontroller.cpp" line="816"/>
        <source>Not a valid regular expression: %1.</source>
        <translation>올바른 정규식이 아닙니다: %1.</translation>
    </message>
    <message>
        <location filename="../src/models/settingscontroller.cpp" line="835"/>
        <source>%1 does not exist.</source>
        <translation>%1이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/models/settingscontroller.cpp" line="859"/>
        <source>Line %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
</context>
<context>
    <name>atrium::SyncController</name>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="52"/>
        <location filename="../src/models/synccontroller.cpp" line="55"/>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="56"/>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="204"/>
        <source>line %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="213"/>
        <source>GitHub organisation %1 on %2, every %3 min</source>
        <translation>%2의 GitHub 조직 %1, %3분마다</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="218"/>
        <source>Local folder %1</source>
        <translation>로컬 폴더 %1</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="327"/>
        <source>The configuration has errors; fix them in Settings.</source>
        <translation>설정에 오류가 있습니다. 설정에서 고치세요.</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="328"/>
        <source>Nothing to sync yet: add a GitHub organisation or a folder in Settings.</source>
        <translation>아직 동기화할 대상이 없습니다. 설정에서 GitHub 조직이나 폴더를 추가하세요.</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="334"/>
        <source>No catalog cache is open to sync into.</source>
        <translation>동기화할 카탈로그 캐시가 열려 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="343"/>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="369"/>
        <source>No GitHub token for %1: sign in, or set ATRIUM_GITHUB_TOKEN.</source>
        <translation>%1의 GitHub 토큰이 없습니다. 로그인하거나 ATRIUM_GITHUB_TOKEN을 설정하세요.</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="387"/>
        <source>Cannot open the catalog cache %1: %2</source>
        <translation>카탈로그 캐시 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="401"/>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="419"/>
        <source>Listing the repositories…</source>
        <translation>저장소 목록을 가져오는 중…</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="421"/>
        <source>Reading catalog files…</source>
        <translation>카탈로그 파일을 읽는 중…</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="447"/>
        <source>Sync cancelled. The catalog was left as it was.</source>
        <translation>동기화를 취소했습니다. 카탈로그는 이전 상태 그대로입니다.</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="454"/>
        <source>Sync failed: %1 The catalog was left as it was.</source>
        <translation>동기화에 실패했습니다: %1 카탈로그는 이전 상태 그대로입니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="688"/>
        <source>%n repositories read</source>
        <translation>
            <numerusform>저장소 %n개 읽음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="690"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n개 변경 없음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="692"/>
        <source>%n without a catalog file</source>
        <translation>
            <numerusform>%n개 카탈로그 파일 없음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="694"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n개 실패</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="696"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n개 제거됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="699"/>
        <source>%n local folder(s)</source>
        <translation>
            <numerusform>로컬 폴더 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="700"/>
        <source>%n entities written</source>
        <translation>
            <numerusform>엔티티 %n개 기록</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="462"/>
        <source>Sync finished; %n repositories could not be read.</source>
        <translation>
            <numerusform>동기화가 끝났지만 저장소 %n개를 읽지 못했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="463"/>
        <source>Sync finished: %1.</source>
        <translation>동기화 완료: %1.</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="558"/>
        <source>Sign-in needs the client ID of a GitHub OAuth app with device flow enabled (ATRIUM_GITHUB_CLIENT_ID). Set ATRIUM_GITHUB_TOKEN instead.</source>
        <translation>로그인하려면 디바이스 플로가 켜진 GitHub OAuth 앱의 클라이언트 ID(ATRIUM_GITHUB_CLIENT_ID)가 필요합니다. 대신 ATRIUM_GITHUB_TOKEN을 설정하세요.</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="597"/>
        <source>Signed in, but there is nowhere to keep the token: set ATRIUM_GITHUB_TOKEN instead.</source>
        <translation>로그인했지만 토큰을 보관할 곳이 없습니다. 대신 ATRIUM_GITHUB_TOKEN을 설정하세요.</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="602"/>
        <source>The token could not be stored in the system keychain.</source>
        <translation>토큰을 시스템 키체인에 저장하지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="628"/>
        <source>Signed in to %1.</source>
        <translation>%1에 로그인했습니다.</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="662"/>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="673"/>
        <source>after this one</source>
        <translation>이번 동기화 후</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="675"/>
        <source>paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="678"/>
        <source>in a moment</source>
        <translation>곧</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="679"/>
        <source>at %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="708"/>
        <source>%1 of %2</source>
        <translation>%2 중 %1</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="715"/>
        <source>resets at %1</source>
        <translation>%1에 초기화</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="721"/>
        <source>Syncing %1 of %2 repositories…</source>
        <translation>저장소 %2개 중 %1개 동기화 중…</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="721"/>
        <source>Syncing…</source>
        <translation>동기화 중…</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="727"/>
        <source>Not synced yet</source>
        <translation>아직 동기화하지 않음</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="729"/>
        <source>Sync failed %1</source>
        <translation>동기화 실패 (%1)</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="731"/>
        <source>Synced %1</source>
        <translation>%1 동기화됨</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="734"/>
        <source>took %1</source>
        <translation>소요 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="736"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>요청 %n회</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="738"/>
        <source>%1 left</source>
        <translation>한도 %1 남음</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="742"/>
        <source>next %1</source>
        <translation>다음: %1</translation>
    </message>
</context>
<context>
    <name>atrium::SyncProblemsModel</name>
    <message numerus="yes">
        <location filename="../src/models/syncproblemsmodel.cpp" line="115"/>
        <source>%n error(s) and %1 in its catalog files; see Problems</source>
        <translation>
            <numerusform>카탈로그 파일에 오류 %n개와 %1가 있습니다. 문제 목록을 확인하세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/syncproblemsmodel.cpp" line="116"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>경고 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/syncproblemsmodel.cpp" line="117"/>
        <source>%n error(s) in its catalog files; see Problems</source>
        <translation>
            <numerusform>카탈로그 파일에 오류 %n개가 있습니다. 문제 목록을 확인하세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/syncproblemsmodel.cpp" line="121"/>
        <source>%n warning(s) in its catalog files; see Problems</source>
        <translation>
            <numerusform>카탈로그 파일에 경고 %n개가 있습니다. 문제 목록을 확인하세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/syncproblemsmodel.cpp" line="124"/>
        <source>refresh took %1 s</source>
        <translation>새로 고침에 %1초 걸림</translation>
    </message>
</context>
<context>
    <name>atrium::docs</name>
    <message>
        <location filename="../src/services/docs/markdownrenderer.cpp" line="322"/>
        <source>more problems on this page are not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/services/docs/markdownrenderer.cpp" line="1265"/>
        <source>the page is larger than %1 characters; the rest is not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/services/docs/markdownrenderer.cpp" line="1270"/>
        <source>link to &quot;#%1&quot;: the page has no such heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="149"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="864"/>
        <source>the techdocs-ref &quot;%1&quot; names no folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="866"/>
        <source>the techdocs-ref &quot;%1&quot; must name a folder relative to the entity&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="881"/>
        <source>the techdocs-ref &quot;%1&quot; cannot be read from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="887"/>
        <source>the techdocs-ref &quot;%1&quot; is not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="890"/>
        <source>the techdocs-ref &quot;%1&quot; does not name a repository (https://HOST/OWNER/REPO/tree/REF/PATH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="904"/>
        <source>the techdocs-ref &quot;%1&quot; is not a GitHub tree URL (https://HOST/OWNER/REPO/tree/REF/PATH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="916"/>
        <source>the techdocs-ref &quot;%1&quot; is neither dir:… nor url:…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atrium::docs::DocsStore</name>
    <message>
        <location filename="../src/services/docs/docsstore.cpp" line="136"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/services/docs/docsstore.cpp" line="151"/>
        <source>The catalog cache is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/services/docs/docsstore.cpp" line="159"/>
        <source>Could not store the docs of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/services/docs/docsstore.cpp" line="188"/>
        <source>cannot read page %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/services/docs/docsstore.cpp" line="227"/>
        <source>cannot read image %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/services/docs/docsstore.cpp" line="235"/>
        <source>image %1 is not kept offline: the site&apos;s images pass %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/services/docs/docsstore.cpp" line="284"/>
        <source>Could not remove the docs of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atrium::docs::Renderer</name>
    <message>
        <location filename="../src/services/docs/markdownrenderer.cpp" line="552"/>
        <source>link &quot;%1&quot; uses a scheme Atrium does not open; it is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/services/docs/markdownrenderer.cpp" line="564"/>
        <source>link to &quot;%1&quot;: the site has no page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/services/docs/markdownrenderer.cpp" line="988"/>
        <source>admonitions nested deeper than %1 levels are shown as text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atrium::docs::SearchIndex</name>
    <message>
        <location filename="../src/services/docs/searchindex.cpp" line="305"/>
        <source>The catalog cache is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/services/docs/searchindex.cpp" line="312"/>
        <source>Could not rebuild the search index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/services/docs/searchindex.cpp" line="374"/>
        <location filename="../src/services/docs/searchindex.cpp" line="383"/>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atrium::docs::SiteLoader</name>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="266"/>
        <source>cannot read mkdocs.yml: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="278"/>
        <source>mkdocs.yml must be a mapping of settings (site_name, nav, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="281"/>
        <source>mkdocs.yml is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="291"/>
        <source>site_name is missing; mkdocs requires it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="302"/>
        <source>docs_dir &quot;%1&quot; leaves the folder of mkdocs.yml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="307"/>
        <source>docs_dir must be a folder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="318"/>
        <source>nav must be a list; the pages are listed from the docs folder instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="337"/>
        <source>the docs folder &quot;%1&quot; does not exist next to mkdocs.yml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="339"/>
        <source>the docs folder &quot;%1&quot; holds no Markdown pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="397"/>
        <source>both index.md and README.md are in the folder; README.md is skipped, as mkdocs does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="411"/>
        <source>nav is nested deeper than 32 levels; the rest is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="425"/>
        <source>empty nav entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="429"/>
        <source>a nav entry takes one &quot;Title: page.md&quot; pair; only &quot;%1&quot; is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="434"/>
        <source>a nav entry must be a page, a &quot;Title: page.md&quot; pair or a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="457"/>
        <source>nav entry &quot;%1&quot; points outside the docs folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="460"/>
        <source>nav entry &quot;%1&quot; names a page that is not in the docs folder (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="465"/>
        <source>nav entry &quot;%1&quot; has no page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atrium::docs::Transaction</name>
    <message>
        <location filename="../src/services/docs/docsstore.cpp" line="65"/>
        <source>Could not start writing docs to the cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/services/docs/docsstore.cpp" line="73"/>
        <source>Could not save docs in the cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
