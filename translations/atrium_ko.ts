<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../qml/Settings/AboutPage.qml" line="57"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../qml/Settings/AboutPage.qml" line="64"/>
        <source>Back to Settings (Esc)</source>
        <translation>설정으로 돌아가기 (Esc)</translation>
    </message>
    <message>
        <location filename="../qml/Settings/AboutPage.qml" line="68"/>
        <source>About Atrium</source>
        <translation>Atrium 정보</translation>
    </message>
    <message>
        <location filename="../qml/Settings/AboutPage.qml" line="78"/>
        <source>Copied</source>
        <translation>복사했습니다</translation>
    </message>
    <message>
        <location filename="../qml/Settings/AboutPage.qml" line="78"/>
        <source>Copy version info</source>
        <translation>버전 정보 복사</translation>
    </message>
    <message>
        <location filename="../qml/Settings/AboutPage.qml" line="89"/>
        <source>Copy Atrium&apos;s version, its libraries&apos; versions and the platform, for a bug report</source>
        <translation>버그 신고용으로 Atrium 버전, 라이브러리 버전과 플랫폼을 복사합니다</translation>
    </message>
    <message>
        <location filename="../qml/Settings/AboutPage.qml" line="137"/>
        <source>Atrium</source>
        <translation>Atrium</translation>
    </message>
    <message>
        <location filename="../qml/Settings/AboutPage.qml" line="144"/>
        <source>Version %1</source>
        <translation>버전 %1</translation>
    </message>
    <message>
        <location filename="../qml/Settings/AboutPage.qml" line="149"/>
        <source>A desktop developer portal for Backstage catalogs</source>
        <translation>Backstage 카탈로그를 위한 데스크톱 개발자 포털</translation>
    </message>
    <message>
        <location filename="../qml/Settings/AboutPage.qml" line="178"/>
        <source>Application id</source>
        <translation>애플리케이션 ID</translation>
    </message>
    <message>
        <location filename="../qml/Settings/AboutPage.qml" line="184"/>
        <location filename="../qml/Settings/AboutPage.qml" line="200"/>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <location filename="../qml/Settings/AboutPage.qml" line="185"/>
        <source>Apache License 2.0 (%1)</source>
        <translation>Apache 라이선스 2.0 (%1)</translation>
    </message>
    <message>
        <location filename="../qml/Settings/AboutPage.qml" line="191"/>
        <source>Home page</source>
        <translation>홈페이지</translation>
    </message>
    <message>
        <location filename="../qml/Settings/AboutPage.qml" line="203"/>
        <source>Copyright © 2026 the Atrium contributors.</source>
        <translation>Copyright © 2026 Atrium 기여자.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/AboutPage.qml" line="207"/>
        <source>Atrium is free software, licensed under the Apache License, Version 2.0: you may use, copy, modify and distribute it, also in products of your own, provided that you keep its copyright and licence notices and state the changes you make. It comes without warranties or conditions of any kind. The full text is at &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;.</source>
        <translation>Atrium은 Apache 라이선스 2.0을 따르는 자유 소프트웨어입니다. 저작권 및 라이선스 고지를 유지하고 변경 사항을 밝히면, 여러분의 제품에서도 사용, 복사, 수정, 배포할 수 있습니다. 어떠한 보증이나 조건도 없이 제공됩니다. 전문은 &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;에 있습니다.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/AboutPage.qml" line="218"/>
        <source>Libraries</source>
        <translation>라이브러리</translation>
    </message>
    <message>
        <location filename="../qml/Settings/AboutPage.qml" line="222"/>
        <source>Atrium is built on these libraries, each under its own licence. A version marked “at build time” is the one Atrium was built against; the others are read from the library loaded now.</source>
        <translation>Atrium은 각자의 라이선스를 따르는 다음 라이브러리로 만들어졌습니다. “빌드 시”로 표시된 버전은 Atrium을 빌드할 때의 버전이고, 나머지는 지금 불러온 라이브러리에서 읽은 것입니다.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/AboutPage.qml" line="261"/>
        <source>%1 (at build time)</source>
        <translation>%1 (빌드 시)</translation>
    </message>
</context>
<context>
    <name>BackstageCatalogSync</name>
    <message>
        <location filename="../src/services/backstage/backstagecatalog.cpp" line="64"/>
        <location filename="../src/services/backstage/backstagecatalog.cpp" line="463"/>
        <location filename="../src/services/backstage/backstagecatalog.cpp" line="483"/>
        <source>read the catalog</source>
        <translation>카탈로그 읽기</translation>
    </message>
    <message>
        <location filename="../src/services/backstage/backstagecatalog.cpp" line="82"/>
        <source>Falling back to /api/catalog/entities with offsets.</source>
        <translation>오프셋을 쓰는 /api/catalog/entities로 대신 읽습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/backstage/backstagecatalog.cpp" line="95"/>
        <source>The Backstage backend answered the catalog query without items.</source>
        <translation>Backstage 백엔드가 카탈로그 조회에 items 없이 응답했습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/backstage/backstagecatalog.cpp" line="119"/>
        <source>The Backstage backend answered the catalog listing with something other than a list.</source>
        <translation>Backstage 백엔드가 카탈로그 목록에 목록이 아닌 것으로 응답했습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/backstage/backstagecatalog.cpp" line="318"/>
        <source>Backstage reports: %1</source>
        <translation>Backstage 보고: %1</translation>
    </message>
    <message>
        <location filename="../src/services/backstage/backstagecatalog.cpp" line="379"/>
        <location filename="../src/services/backstage/backstagecatalog.cpp" line="441"/>
        <location filename="../src/services/backstage/backstagecatalog.cpp" line="510"/>
        <source>The request was cancelled.</source>
        <translation>요청이 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/backstage/backstagecatalog.cpp" line="413"/>
        <location filename="../src/services/backstage/backstagecatalog.cpp" line="520"/>
        <source>Writing the catalog cache failed; the previous catalog is unchanged: %1</source>
        <translation>카탈로그 캐시 쓰기에 실패했습니다. 이전 카탈로그는 그대로입니다: %1</translation>
    </message>
    <message>
        <location filename="../src/services/backstage/backstagecatalog.cpp" line="466"/>
        <source>Reading changed entities one at a time.</source>
        <translation>변경된 엔터티를 하나씩 읽습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/backstage/backstagecatalog.cpp" line="537"/>
        <source>TechDocs</source>
        <translation>TechDocs</translation>
    </message>
</context>
<context>
    <name>BackstageClient</name>
    <message>
        <location filename="../src/services/backstage/backstageclient.cpp" line="143"/>
        <source>The Backstage backend at %1 needs a token (AuthenticationError). Sign in with &apos;atrium auth login --backstage %2 --with-token&apos;, or set ATRIUM_BACKSTAGE_TOKEN.</source>
        <translation>%1의 Backstage 백엔드에는 토큰이 필요합니다(AuthenticationError). &apos;atrium auth login --backstage %2 --with-token&apos;으로 로그인하거나 ATRIUM_BACKSTAGE_TOKEN을 설정하세요.</translation>
    </message>
    <message>
        <location filename="../src/services/backstage/backstageclient.cpp" line="146"/>
        <source>The Backstage backend at %1 did not accept the token (AuthenticationError): it has expired or is wrong. A Backstage identity token lasts about an hour; get a new one, or use a static token from backend.auth.externalAccess.</source>
        <translation>%1의 Backstage 백엔드가 토큰을 받아들이지 않았습니다(AuthenticationError). 만료되었거나 잘못된 토큰입니다. Backstage ID 토큰은 약 한 시간 유효하니 새로 받거나 backend.auth.externalAccess의 정적 토큰을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../src/services/backstage/backstageclient.cpp" line="154"/>
        <source>Backstage&apos;s permission framework does not allow you to %1 on %2 (%3). Ask the Backstage administrators for the permission.</source>
        <translation>Backstage 권한 프레임워크가 %2에서 %1 작업을 허용하지 않습니다(%3). Backstage 관리자에게 권한을 요청하세요.</translation>
    </message>
    <message>
        <location filename="../src/services/backstage/backstageclient.cpp" line="161"/>
        <source>Backstage at %1 found nothing at %2: %3</source>
        <translation>%1의 Backstage가 %2에서 아무것도 찾지 못했습니다: %3</translation>
    </message>
    <message>
        <location filename="../src/services/backstage/backstageclient.cpp" line="162"/>
        <source>not found</source>
        <translation>찾을 수 없음</translation>
    </message>
    <message>
        <location filename="../src/services/backstage/backstageclient.cpp" line="167"/>
        <source>The Backstage backend at %1 had a server error (HTTP %2): %3. Try again later.</source>
        <translation>%1의 Backstage 백엔드에 서버 오류가 났습니다(HTTP %2): %3. 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../src/services/backstage/backstageclient.cpp" line="170"/>
        <location filename="../src/services/backstage/backstageclient.cpp" line="177"/>
        <source>no reason given</source>
        <translation>이유가 주어지지 않음</translation>
    </message>
    <message>
        <location filename="../src/services/backstage/backstageclient.cpp" line="174"/>
        <source>The Backstage backend at %1 refused to %2 (HTTP %3 %4): %5</source>
        <translation>%1의 Backstage 백엔드가 %2 작업을 거부했습니다(HTTP %3 %4): %5</translation>
    </message>
    <message>
        <location filename="../src/services/backstage/backstageclient.cpp" line="218"/>
        <location filename="../src/services/backstage/backstageclient.cpp" line="235"/>
        <source>The request was cancelled.</source>
        <translation>요청이 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/backstage/backstageclient.cpp" line="252"/>
        <source>The answer from the Backstage backend at %1 is larger than the limit of %2, so Atrium stopped reading it.</source>
        <translation>%1의 Backstage 백엔드가 보낸 응답이 한도 %2보다 커서 Atrium이 읽기를 멈췄습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/backstage/backstageclient.cpp" line="262"/>
        <source>The Backstage backend at %1 stopped sending data for %2 seconds.</source>
        <translation>%1의 Backstage 백엔드가 %2초 동안 데이터를 보내지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/backstage/backstageclient.cpp" line="263"/>
        <source>The Backstage backend at %1 did not answer within %2 seconds.</source>
        <translation>%1의 Backstage 백엔드가 %2초 안에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/backstage/backstageclient.cpp" line="272"/>
        <source>The secure connection to %1 could not be verified; its certificate is not trusted on this machine.</source>
        <translation>%1에 대한 보안 연결을 확인할 수 없습니다. 이 컴퓨터에서 신뢰하지 않는 인증서입니다.</translation>
    </message>
    <message>
        <location filename="../src/services/backstage/backstageclient.cpp" line="278"/>
        <source>Atrium could not reach the Backstage backend at %1. Check the network and the base URL.</source>
        <translation>%1의 Backstage 백엔드에 연결할 수 없습니다. 네트워크와 기본 URL을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../src/services/backstage/backstageclient.cpp" line="289"/>
        <source>The Backstage backend sent an answer Atrium could not read.</source>
        <translation>Backstage 백엔드가 Atrium이 읽을 수 없는 응답을 보냈습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/backstage/backstageclient.cpp" line="409"/>
        <source>This Backstage backend has no %1 (added in Backstage %2).</source>
        <translation>이 Backstage 백엔드에는 %1이(가) 없습니다(Backstage %2에서 추가됨).</translation>
    </message>
</context>
<context>
    <name>BackstageScaffolder</name>
    <message>
        <location filename="../src/services/backstage/backstagescaffolder.cpp" line="58"/>
        <source>run the template %1</source>
        <translation>템플릿 %1 실행</translation>
    </message>
    <message>
        <location filename="../src/services/backstage/backstagescaffolder.cpp" line="67"/>
        <source>The Backstage scaffolder accepted the task but gave no task id.</source>
        <translation>Backstage 스캐폴더가 작업을 받았지만 작업 ID를 주지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/backstage/backstagescaffolder.cpp" line="75"/>
        <source>cancel the task</source>
        <translation>작업 취소</translation>
    </message>
    <message>
        <location filename="../src/services/backstage/backstagescaffolder.cpp" line="83"/>
        <source>read the task</source>
        <translation>작업 읽기</translation>
    </message>
    <message>
        <location filename="../src/services/backstage/backstagescaffolder.cpp" line="143"/>
        <location filename="../src/services/backstage/backstagescaffolder.cpp" line="171"/>
        <source>follow the task</source>
        <translation>작업 따라가기</translation>
    </message>
    <message>
        <location filename="../src/services/backstage/backstagescaffolder.cpp" line="206"/>
        <source>The task failed on the Backstage backend.</source>
        <translation>Backstage 백엔드에서 작업이 실패했습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/backstage/backstagescaffolder.cpp" line="208"/>
        <source>The task was cancelled.</source>
        <translation>작업이 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/backstage/backstagescaffolder.cpp" line="218"/>
        <source>list scaffolder tasks</source>
        <translation>스캐폴더 작업 목록 보기</translation>
    </message>
    <message>
        <location filename="../src/services/backstage/backstagescaffolder.cpp" line="247"/>
        <source>dry-run the template</source>
        <translation>템플릿 시험 실행</translation>
    </message>
</context>
<context>
    <name>BackstageTechDocs</name>
    <message>
        <location filename="../src/services/backstage/backstagetechdocs.cpp" line="643"/>
        <source>read the TechDocs of %1</source>
        <translation>%1의 TechDocs 읽기</translation>
    </message>
    <message>
        <location filename="../src/services/backstage/backstagetechdocs.cpp" line="648"/>
        <source>The TechDocs of %1 are not built on the Backstage backend yet.</source>
        <translation>%1의 TechDocs가 아직 Backstage 백엔드에서 빌드되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/backstage/backstagetechdocs.cpp" line="649"/>
        <location filename="../src/services/backstage/backstagetechdocs.cpp" line="677"/>
        <source>The TechDocs of %1 could not be read: %2</source>
        <translation>%1의 TechDocs를 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/services/backstage/backstagetechdocs.cpp" line="713"/>
        <source>The TechDocs of %1 have no pages on the Backstage backend.</source>
        <translation>Backstage 백엔드에 %1의 TechDocs 페이지가 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/backstage/backstagetechdocs.cpp" line="742"/>
        <source>The TechDocs of %1 could not be stored: %2</source>
        <translation>%1의 TechDocs를 저장할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="67"/>
        <source>Who are you?</source>
        <translation>누구신가요?</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="76"/>
        <source>“Mine” shows what you and your teams own. Pick your User entity; Atrium remembers it.</source>
        <translation>“내 것”은 나와 내 팀이 소유한 항목을 보여 줍니다. 내 User 엔티티를 고르면 Atrium이 기억합니다.</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="82"/>
        <location filename="../qml/Catalog/CatalogPage.qml" line="83"/>
        <source>Search people</source>
        <translation>사람 검색</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="109"/>
        <source>No User entities match.</source>
        <translation>일치하는 User 엔티티가 없습니다.</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="180"/>
        <source>Catalog</source>
        <translation>카탈로그</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Catalog/CatalogPage.qml" line="187"/>
        <source>%Ln entities</source>
        <translation>
            <numerusform>엔티티 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Catalog/CatalogPage.qml" line="188"/>
        <source>%L1 of %Ln entities</source>
        <translation>
            <numerusform>엔티티 %Ln개 중 %L1개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="203"/>
        <source>Search name, title, description, tags (Ctrl+F)</source>
        <translation>이름, 제목, 설명, 태그 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="206"/>
        <source>Search entities</source>
        <translation>엔티티 검색</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="227"/>
        <source>Clear search</source>
        <translation>검색어 지우기</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="262"/>
        <source>Mine</source>
        <translation>내 것</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="266"/>
        <source>Entities owned by you and your teams: choose who you are first</source>
        <translation>나와 내 팀이 소유한 엔티티: 먼저 내가 누구인지 고르세요</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="267"/>
        <source>Entities owned by %1 and their teams</source>
        <translation>%1와(과) 그 팀이 소유한 엔티티</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="268"/>
        <source>Show entities owned by me and my teams only</source>
        <translation>나와 내 팀이 소유한 엔티티만 보기</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="278"/>
        <source>Choose who you are in the catalog</source>
        <translation>카탈로그에서 내가 누구인지 고르기</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="293"/>
        <source>Starred (%L1)</source>
        <translation>즐겨찾기 (%L1)</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="295"/>
        <source>Show starred entities only</source>
        <translation>즐겨찾기한 엔티티만 보기</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="307"/>
        <source>Filter by kind</source>
        <translation>종류별로 보기</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="432"/>
        <source>The catalog is empty</source>
        <translation>카탈로그가 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="433"/>
        <source>No entities match</source>
        <translation>일치하는 엔티티가 없습니다</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="443"/>
        <source>Connect your GitHub organisation or Backstage, or explore the demo organisation.</source>
        <translation>GitHub 조직이나 Backstage를 연결하거나 데모 조직을 둘러보세요.</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="444"/>
        <source>Import Backstage descriptor files with “atrium catalog import PATH”, or start Atrium with --demo to explore a sample organisation.</source>
        <translation>“atrium catalog import PATH”로 Backstage 디스크립터 파일을 가져오거나, --demo 옵션으로 Atrium을 실행해 예제 조직을 둘러보세요.</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="446"/>
        <source>Nothing here is owned by %1 or their teams.</source>
        <translation>%1 또는 그 팀이 소유한 항목이 없습니다.</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="448"/>
        <source>Nothing is starred yet. Open an entity and click its star.</source>
        <translation>아직 즐겨찾기한 엔티티가 없습니다. 엔티티를 열고 별표를 누르세요.</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="449"/>
        <source>Try other words, choose all kinds, or remove filters.</source>
        <translation>다른 검색어를 입력하거나, 모든 종류를 선택하거나, 필터를 제거해 보세요.</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="459"/>
        <source>Set up a source…</source>
        <translation>소스 설정…</translation>
    </message>
</context>
<context>
    <name>CatalogSnapshot</name>
    <message>
        <location filename="../src/models/catalogsnapshot.cpp" line="45"/>
        <source>Cannot open the catalog cache %1: %2</source>
        <translation>카탈로그 캐시 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/models/catalogsnapshot.cpp" line="68"/>
        <source>Cannot write %1.</source>
        <translation>%1에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/models/catalogsnapshot.cpp" line="105"/>
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
        <location filename="../qml/Catalog/CatalogTable.qml" line="191"/>
        <source>Entities</source>
        <translation>엔티티</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../qml/Catalog/CommandPalette.qml" line="117"/>
        <source>Go to an entity or a docs page</source>
        <translation>엔터티나 문서 페이지로 이동</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CommandPalette.qml" line="120"/>
        <source>Go to entity</source>
        <translation>엔티티로 이동</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CommandPalette.qml" line="162"/>
        <source>owner: %1</source>
        <translation>소유자: %1</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CommandPalette.qml" line="228"/>
        <source>Docs</source>
        <translation>문서</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CommandPalette.qml" line="289"/>
        <source>Type to search all entities and docs. ↑↓ to move, Enter to open, Esc to close.</source>
        <translation>입력하면 모든 엔터티와 문서를 검색합니다. ↑↓로 이동, Enter로 열기, Esc로 닫기.</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CommandPalette.qml" line="290"/>
        <source>Searching…</source>
        <translation>검색 중…</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CommandPalette.qml" line="291"/>
        <source>Nothing matches “%1”.</source>
        <translation>“%1”에 맞는 항목이 없습니다.</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../qml/Create/CreatePage.qml" line="104"/>
        <source>Open a template file</source>
        <translation>템플릿 파일 열기</translation>
    </message>
    <message>
        <location filename="../qml/Create/CreatePage.qml" line="105"/>
        <source>Template files (*.yaml *.yml)</source>
        <translation>템플릿 파일 (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../qml/Create/CreatePage.qml" line="105"/>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
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
    <name>DocsBlock</name>
    <message>
        <location filename="../qml/Docs/DocsBlock.qml" line="147"/>
        <source>Copied</source>
        <translation>복사됨</translation>
    </message>
    <message>
        <location filename="../qml/Docs/DocsBlock.qml" line="147"/>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <location filename="../qml/Docs/DocsBlock.qml" line="154"/>
        <source>Copy code</source>
        <translation>코드 복사</translation>
    </message>
</context>
<context>
    <name>DocsHome</name>
    <message>
        <location filename="../qml/Docs/DocsHome.qml" line="46"/>
        <source>Documentation</source>
        <translation>문서</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Docs/DocsHome.qml" line="53"/>
        <source>%n site(s)</source>
        <translation>
            <numerusform>사이트 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Docs/DocsHome.qml" line="66"/>
        <source>Search all docs (Ctrl+F)</source>
        <translation>모든 문서 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../qml/Docs/DocsHome.qml" line="68"/>
        <source>Search all docs</source>
        <translation>모든 문서 검색</translation>
    </message>
    <message>
        <location filename="../qml/Docs/DocsHome.qml" line="95"/>
        <source>Pages</source>
        <translation>페이지</translation>
    </message>
    <message>
        <location filename="../qml/Docs/DocsHome.qml" line="143"/>
        <source>Sites</source>
        <translation>사이트</translation>
    </message>
    <message>
        <location filename="../qml/Docs/DocsHome.qml" line="150"/>
        <source>Reading the catalog…</source>
        <translation>카탈로그를 읽는 중…</translation>
    </message>
    <message>
        <location filename="../qml/Docs/DocsHome.qml" line="151"/>
        <source>No docs yet. Entities with a backstage.io/techdocs-ref annotation get their docs here when their catalog is imported or synced.</source>
        <translation>아직 문서가 없습니다. backstage.io/techdocs-ref 어노테이션이 있는 엔터티는 카탈로그를 가져오거나 동기화하면 여기에 문서가 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../qml/Docs/DocsHome.qml" line="159"/>
        <source>No docs match “%1”.</source>
        <translation>“%1”에 맞는 문서가 없습니다.</translation>
    </message>
    <message>
        <location filename="../qml/Docs/DocsHome.qml" line="232"/>
        <source>Owner: %1</source>
        <translation>소유자: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Docs/DocsHome.qml" line="233"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>페이지 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Docs/DocsHome.qml" line="235"/>
        <source>updated %1</source>
        <translation>%1 업데이트</translation>
    </message>
</context>
<context>
    <name>DocsPageView</name>
    <message>
        <location filename="../qml/Docs/DocsPageView.qml" line="99"/>
        <source>This page cannot be shown</source>
        <translation>이 페이지를 표시할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../qml/Docs/DocsPageView.qml" line="142"/>
        <source>Problems on this page</source>
        <translation>이 페이지의 문제</translation>
    </message>
</context>
<context>
    <name>DocsSite</name>
    <message>
        <location filename="../qml/Docs/DocsSite.qml" line="57"/>
        <source>Back (Alt+Left)</source>
        <translation>뒤로 (Alt+←)</translation>
    </message>
    <message>
        <location filename="../qml/Docs/DocsSite.qml" line="58"/>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <location filename="../qml/Docs/DocsSite.qml" line="68"/>
        <source>Forward (Alt+Right)</source>
        <translation>앞으로 (Alt+→)</translation>
    </message>
    <message>
        <location filename="../qml/Docs/DocsSite.qml" line="69"/>
        <source>Forward</source>
        <translation>앞으로</translation>
    </message>
    <message>
        <location filename="../qml/Docs/DocsSite.qml" line="73"/>
        <source>All docs</source>
        <translation>모든 문서</translation>
    </message>
    <message>
        <location filename="../qml/Docs/DocsSite.qml" line="89"/>
        <source>Entity</source>
        <translation>엔터티</translation>
    </message>
    <message>
        <location filename="../qml/Docs/DocsSite.qml" line="94"/>
        <source>Show %1 in the catalog</source>
        <translation>카탈로그에서 %1 보기</translation>
    </message>
    <message>
        <location filename="../qml/Docs/DocsSite.qml" line="102"/>
        <source>Search these docs (Ctrl+F)</source>
        <translation>이 문서에서 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../qml/Docs/DocsSite.qml" line="104"/>
        <source>Search these docs</source>
        <translation>이 문서에서 검색</translation>
    </message>
    <message>
        <location filename="../qml/Docs/DocsSite.qml" line="250"/>
        <source>Searching…</source>
        <translation>검색 중…</translation>
    </message>
    <message>
        <location filename="../qml/Docs/DocsSite.qml" line="250"/>
        <source>No page matches.</source>
        <translation>맞는 페이지가 없습니다.</translation>
    </message>
    <message>
        <location filename="../qml/Docs/DocsSite.qml" line="294"/>
        <source>On this page</source>
        <translation>이 페이지 목차</translation>
    </message>
</context>
<context>
    <name>DocsView</name>
    <message>
        <location filename="../qml/Docs/DocsView.qml" line="59"/>
        <source>Back (Alt+Left)</source>
        <translation>뒤로 (Alt+←)</translation>
    </message>
    <message>
        <location filename="../qml/Docs/DocsView.qml" line="60"/>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <location filename="../qml/Docs/DocsView.qml" line="70"/>
        <source>Page</source>
        <translation>페이지</translation>
    </message>
    <message>
        <location filename="../qml/Docs/DocsView.qml" line="74"/>
        <source>Open in Docs</source>
        <translation>문서에서 열기</translation>
    </message>
    <message>
        <location filename="../qml/Docs/DocsView.qml" line="87"/>
        <source>%1 · updated %2</source>
        <translation>%1 · %2 업데이트</translation>
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
        <location filename="../qml/Catalog/EntityApiTab.qml" line="117"/>
        <source>Operation ID: %1</source>
        <translation>작업 ID: %1</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityApiTab.qml" line="123"/>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityApiTab.qml" line="144"/>
        <source>Request body: %1</source>
        <translation>요청 본문: %1</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityApiTab.qml" line="149"/>
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
        <location filename="../qml/Catalog/EntityPanel.qml" line="236"/>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="238"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="239"/>
        <source>Problems (%1)</source>
        <translation>문제 (%1)</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="240"/>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="241"/>
        <source>Docs</source>
        <translation>문서</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="261"/>
        <source>Owner</source>
        <translation>소유자</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="267"/>
        <source>Domain</source>
        <translation>도메인</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="267"/>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="273"/>
        <source>Namespace</source>
        <translation>네임스페이스</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="277"/>
        <source>Source</source>
        <translation>소스 파일</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="286"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="304"/>
        <source>Links</source>
        <translation>링크</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="237"/>
        <location filename="../qml/Catalog/EntityPanel.qml" line="397"/>
        <source>Relations</source>
        <translation>관계</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="239"/>
        <location filename="../qml/Catalog/EntityPanel.qml" line="503"/>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="344"/>
        <source>At a glance</source>
        <translation>한눈에 보기</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="360"/>
        <source>Spec</source>
        <translation>스펙</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="369"/>
        <source>Labels</source>
        <translation>레이블</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="380"/>
        <source>Annotations</source>
        <translation>어노테이션</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="428"/>
        <source>No relations.</source>
        <translation>관계가 없습니다.</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="456"/>
        <source>Copied</source>
        <translation>복사됨</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="456"/>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="545"/>
        <source>No errors or warnings for this entity.</source>
        <translation>이 엔티티에는 오류나 경고가 없습니다.</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="560"/>
        <source>Entity not found</source>
        <translation>엔티티를 찾을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="567"/>
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
    <name>FormField</name>
    <message>
        <location filename="../qml/Create/FormField.qml" line="58"/>
        <source>Item %1</source>
        <translation>항목 %1</translation>
    </message>
    <message>
        <location filename="../qml/Create/FormField.qml" line="72"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../qml/Create/FormField.qml" line="78"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../qml/Create/FormField.qml" line="174"/>
        <source>Comma-separated values</source>
        <translation>쉼표로 구분한 값</translation>
    </message>
    <message>
        <location filename="../qml/Create/FormField.qml" line="242"/>
        <source>Remove %1</source>
        <translation>%1 제거</translation>
    </message>
    <message>
        <location filename="../qml/Create/FormField.qml" line="253"/>
        <source>Add a tag and press Enter</source>
        <translation>태그를 입력하고 Enter를 누르세요</translation>
    </message>
    <message>
        <location filename="../qml/Create/FormField.qml" line="253"/>
        <source>Add a value and press Enter</source>
        <translation>값을 입력하고 Enter를 누르세요</translation>
    </message>
    <message>
        <location filename="../qml/Create/FormField.qml" line="324"/>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Create/FormField.qml" line="385"/>
        <source>Filter %Ln entities</source>
        <translation>
            <numerusform>엔터티 %Ln개 필터</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Create/FormField.qml" line="386"/>
        <source>Filter %1</source>
        <translation>%1 필터</translation>
    </message>
    <message>
        <location filename="../qml/Create/FormField.qml" line="425"/>
        <source>No entity matches “%1”</source>
        <translation>“%1”에 맞는 엔터티가 없습니다</translation>
    </message>
    <message>
        <location filename="../qml/Create/FormField.qml" line="441"/>
        <source>Host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <location filename="../qml/Create/FormField.qml" line="459"/>
        <location filename="../qml/Create/FormField.qml" line="460"/>
        <location filename="../qml/Create/FormField.qml" line="469"/>
        <location filename="../qml/Create/FormField.qml" line="470"/>
        <source>Owner</source>
        <translation>소유자</translation>
    </message>
    <message>
        <location filename="../qml/Create/FormField.qml" line="479"/>
        <location filename="../qml/Create/FormField.qml" line="480"/>
        <location filename="../qml/Create/FormField.qml" line="489"/>
        <location filename="../qml/Create/FormField.qml" line="490"/>
        <source>Repository</source>
        <translation>저장소</translation>
    </message>
</context>
<context>
    <name>GitHubClient</name>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="411"/>
        <source>GitHub&apos;s API rate limit (%1) is used up until %2. Try again after that.</source>
        <translation>GitHub API 요청 한도(%1)를 %2까지 모두 사용했습니다. 그 이후에 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="416"/>
        <source>GitHub&apos;s API rate limit (%1) is used up; waiting until %2, when it resets.</source>
        <translation>GitHub API 요청 한도(%1)를 모두 사용했습니다. 한도가 초기화되는 %2까지 기다립니다.</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="443"/>
        <source>GitHub did not accept the token: it has expired, been revoked or is mistyped. Sign in again or enter a new token.</source>
        <translation>GitHub에서 토큰을 받아들이지 않았습니다. 만료 또는 폐기되었거나 잘못 입력된 토큰입니다. 다시 로그인하거나 새 토큰을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="454"/>
        <source>The organisation %1 uses SAML single sign-on, and this token is not authorised for it. Authorise it at %2, then try again.</source>
        <translation>%1 조직은 SAML SSO를 사용하는데, 이 토큰은 이 조직에 대해 승인되지 않았습니다. %2에서 토큰을 승인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="455"/>
        <source>on GitHub</source>
        <translation>GitHub의</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="462"/>
        <source>The token is not allowed to read %1. A classic personal access token needs the scopes repo and read:org (and workflow to create repositories from templates); a fine-grained token or GitHub App needs read access to the organisation&apos;s repositories (Metadata and Contents) and members.</source>
        <translation>이 토큰에는 %1을(를) 읽을 권한이 없습니다. 클래식 개인용 액세스 토큰에는 repo와 read:org 권한 범위가 필요하고(템플릿으로 저장소를 만들려면 workflow도 필요), 세분화된 토큰이나 GitHub App에는 조직의 저장소(Metadata 및 Contents)와 구성원에 대한 읽기 권한이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="468"/>
        <source>GitHub refused access to %1: %2</source>
        <translation>GitHub에서 %1에 대한 접근을 거부했습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="468"/>
        <source>forbidden</source>
        <translation>접근 금지</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="470"/>
        <source>GitHub accepts these scopes for it: %1; the token has: %2.</source>
        <translation>GitHub가 이 요청에 허용하는 권한 범위: %1. 토큰의 권한 범위: %2.</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="472"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="477"/>
        <source>GitHub could not find %1. Check the name; if it is private, the token needs the repo scope (and read:org for organisations) and access to it.</source>
        <translation>GitHub에서 %1을(를) 찾을 수 없습니다. 이름을 확인하세요. 비공개라면 토큰에 repo 권한 범위(조직이면 read:org도)와 해당 항목에 대한 접근 권한이 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="482"/>
        <source>GitHub rejected the request for %1 (HTTP %2): %3</source>
        <translation>GitHub에서 %1 요청을 거부했습니다 (HTTP %2): %3</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="482"/>
        <source>no reason given</source>
        <translation>사유 없음</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="507"/>
        <source>An organisation in this query uses SAML single sign-on, and this token is not authorised for it. Authorise the token for the organisation on GitHub, then try again.</source>
        <translation>이 쿼리의 조직 중 하나가 SAML SSO를 사용하는데, 이 토큰은 그 조직에 대해 승인되지 않았습니다. GitHub에서 해당 조직에 대해 토큰을 승인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="514"/>
        <source>The token is not allowed to read what the query asks for. A classic personal access token needs the scopes repo and read:org (and workflow to create repositories from templates); a fine-grained token or GitHub App needs read access to the organisation&apos;s repositories (Metadata and Contents) and members.</source>
        <translation>이 토큰에는 쿼리가 요청한 항목을 읽을 권한이 없습니다. 클래식 개인용 액세스 토큰에는 repo와 read:org 권한 범위가 필요하고(템플릿으로 저장소를 만들려면 workflow도 필요), 세분화된 토큰이나 GitHub App에는 조직의 저장소(Metadata 및 Contents)와 구성원에 대한 읽기 권한이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="520"/>
        <source>GitHub could not find it: %1</source>
        <translation>GitHub에서 찾을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="521"/>
        <source>GitHub could not answer the query: %1</source>
        <translation>GitHub에서 쿼리에 응답하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="579"/>
        <location filename="../src/services/github/githubclient.cpp" line="618"/>
        <source>The request was cancelled.</source>
        <translation>요청을 취소했습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="582"/>
        <source>The CA bundle %1 could not be used: it is missing or holds no PEM or DER certificate. Choose another file in the connection settings.</source>
        <translation>CA 번들 %1을(를) 사용할 수 없습니다. 파일이 없거나 PEM 또는 DER 인증서가 들어 있지 않습니다. 연결 설정에서 다른 파일을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="593"/>
        <location filename="../src/services/github/githubclient.cpp" line="729"/>
        <location filename="../src/services/github/githubclient.cpp" line="955"/>
        <source>GitHub&apos;s API rate limit (%1) is used up.</source>
        <translation>GitHub API 요청 한도(%1)를 모두 사용했습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="636"/>
        <source>The answer from %1 is larger than the limit of %2, so Atrium stopped reading it.</source>
        <translation>%1의 응답이 한도 %2보다 커서 Atrium이 읽기를 멈췄습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/services/github/githubclient.cpp" line="646"/>
        <source>%1 stopped sending data for %2 seconds (tried %n time(s)).</source>
        <translation>
            <numerusform>%1이(가) %2초 동안 데이터를 보내지 않았습니다(%n회 시도).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/services/github/githubclient.cpp" line="657"/>
        <source>%1 did not answer within %2 seconds (tried %n time(s)).</source>
        <translation>
            <numerusform>%1에서 %2초 안에 응답하지 않았습니다 (%n회 시도).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="668"/>
        <source>The secure connection to %1 could not be verified. If this GitHub Enterprise server uses a certificate from a private certificate authority, add that authority&apos;s certificate file as the CA bundle in the connection settings.</source>
        <translation>%1에 대한 보안 연결을 검증할 수 없습니다. 이 GitHub Enterprise 서버가 사설 인증 기관(CA)에서 발급한 인증서를 사용한다면, 연결 설정에서 해당 인증 기관의 인증서 파일을 CA 번들로 추가하세요.</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="679"/>
        <location filename="../src/services/github/githubclient.cpp" line="964"/>
        <source>Atrium could not reach %1. Check the network connection and the server address.</source>
        <translation>Atrium이 %1에 연결할 수 없습니다. 네트워크 연결과 서버 주소를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="695"/>
        <location filename="../src/services/github/githubclient.cpp" line="950"/>
        <source>GitHub asked Atrium to slow down (a secondary rate limit) and kept refusing after %1 waits. Try again in a few minutes.</source>
        <translation>GitHub에서 Atrium에 요청 속도를 낮추도록 요구했고(보조 요청 한도), %1회 기다린 뒤에도 계속 거부했습니다. 몇 분 후에 다시 시도하세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/services/github/githubclient.cpp" line="712"/>
        <source>GitHub asked Atrium to slow down (secondary rate limit); waiting %n second(s).</source>
        <translation>
            <numerusform>GitHub에서 요청 속도를 낮추도록 요구했습니다(보조 요청 한도). %n초 기다립니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/services/github/githubclient.cpp" line="748"/>
        <location filename="../src/services/github/githubclient.cpp" line="961"/>
        <source>GitHub had a server error (HTTP %1) and still failed after %n attempt(s). Try again later.</source>
        <translation>
            <numerusform>GitHub에서 서버 오류(HTTP %1)가 발생했으며, %n회 시도했지만 계속 실패했습니다. 나중에 다시 시도하세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/services/github/githubclient.cpp" line="560"/>
        <source>GitHub sent an answer Atrium could not read.</source>
        <translation>GitHub에서 Atrium이 읽을 수 없는 응답을 보냈습니다.</translation>
    </message>
</context>
<context>
    <name>GraphCanvas</name>
    <message>
        <location filename="../qml/Graph/GraphCanvas.qml" line="85"/>
        <source>Relations graph around %1</source>
        <translation>%1 주변의 관계 그래프
%1</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphCanvas.qml" line="247"/>
        <source>%1
Click to select, double-click to centre the graph here</source>
        <translation>%1
클릭하면 선택, 두 번 클릭하면 여기를 중심으로 그래프를 그립니다</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphCanvas.qml" line="248"/>
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
        <location filename="../qml/Graph/GraphPage.qml" line="642"/>
        <source>Saved %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="39"/>
        <source>Relations graph</source>
        <translation>관계 그래프</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="89"/>
        <location filename="../qml/Graph/GraphPage.qml" line="119"/>
        <source>Blast radius</source>
        <translation>영향 범위</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="89"/>
        <source>Relations</source>
        <translation>관계</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="110"/>
        <source>Neighbourhood</source>
        <translation>주변</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="127"/>
        <source>Everything that breaks when this fails (Ctrl+B)</source>
        <translation>이것이 실패하면 영향을 받는 모든 것 (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="146"/>
        <location filename="../qml/Graph/GraphPage.qml" line="160"/>
        <source>Depth</source>
        <translation>깊이</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="171"/>
        <source>Both directions</source>
        <translation>양방향</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="172"/>
        <source>Dependencies</source>
        <translation>의존 대상</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="173"/>
        <source>Dependents</source>
        <translation>의존하는 쪽</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="177"/>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="184"/>
        <source>All relations</source>
        <translation>모든 관계</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="184"/>
        <source>Relations: %1 of %2</source>
        <translation>관계: %2개 중 %1개</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="204"/>
        <source>All kinds</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="204"/>
        <source>Kinds: %1</source>
        <translation>종류: %1개</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="220"/>
        <source>Show all kinds</source>
        <translation>모든 종류 보기</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Graph/GraphPage.qml" line="231"/>
        <source>%Ln entities</source>
        <translation>
            <numerusform>엔티티 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Graph/GraphPage.qml" line="231"/>
        <source>%Ln relations</source>
        <translation>
            <numerusform>관계 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Graph/GraphPage.qml" line="361"/>
        <source>%Ln entities depend on this: too many to draw.</source>
        <translation>
            <numerusform>엔티티 %Ln개가 이것에 의존합니다: 그리기에는 너무 많습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Graph/GraphPage.qml" line="362"/>
        <source>%Ln entities within depth %1: too many to draw.</source>
        <translation>
            <numerusform>깊이 %1 안에 엔티티 %Ln개: 그리기에는 너무 많습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Graph/GraphPage.qml" line="397"/>
        <source>Depth %1 (%Ln entities)</source>
        <translation>
            <numerusform>깊이 %1 (엔티티 %Ln개)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Graph/GraphPage.qml" line="414"/>
        <source>Draw all %Ln (slow)</source>
        <translation>
            <numerusform>%Ln개 모두 그리기 (느림)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Graph/GraphPage.qml" line="550"/>
        <source>%Ln entities depend on %1, directly or through others,</source>
        <translation>
            <numerusform>엔티티 %Ln개가 직접 또는 다른 엔티티를 거쳐 %1에 의존하며,</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="239"/>
        <source>Zoom out (−)</source>
        <translation>축소 (−)</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="240"/>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="248"/>
        <source>Fit to the window (0)</source>
        <translation>창에 맞추기 (0)</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="249"/>
        <source>Fit to the window</source>
        <translation>창에 맞추기</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="256"/>
        <source>Zoom in (+)</source>
        <translation>확대 (+)</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="257"/>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="262"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="270"/>
        <source>Image (PNG)…</source>
        <translation>이미지 (PNG)…</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="271"/>
        <source>Vector drawing (SVG)…</source>
        <translation>벡터 그림 (SVG)…</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="272"/>
        <source>Graphviz source (DOT)…</source>
        <translation>Graphviz 소스 (DOT)…</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="356"/>
        <source>Pick an entity to see its relations</source>
        <translation>관계를 볼 엔티티를 고르세요</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="357"/>
        <source>Building the relations graph…</source>
        <translation>관계 그래프를 만드는 중…</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="358"/>
        <source>%1 is not in this catalog</source>
        <translation>%1은(는) 이 카탈로그에 없습니다</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="375"/>
        <source>Open an entity in the catalog and choose Graph or Blast radius, or press Ctrl+K.</source>
        <translation>카탈로그에서 엔티티를 열고 그래프나 영향 범위를 고르거나 Ctrl+K를 누르세요.</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="378"/>
        <source>The owners to notify are listed on the right. Narrow the graph to draw part of it.</source>
        <translation>알려야 할 소유자는 오른쪽에 있습니다. 일부를 그리려면 그래프를 좁히세요.</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="379"/>
        <source>The graph shows up to %1 entities. Narrow it:</source>
        <translation>그래프는 엔티티를 최대 %1개까지 그립니다. 범위를 좁히세요:</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="407"/>
        <source>Hide %1 (%2)</source>
        <translation>%1 숨기기 (%2)</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="460"/>
        <source>Owner: %1</source>
        <translation>소유자: %1</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="477"/>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="481"/>
        <source>Show it in the catalog (Enter)</source>
        <translation>카탈로그에서 보기 (Enter)</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="485"/>
        <source>Centre here</source>
        <translation>여기를 중심으로</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="489"/>
        <source>Draw the graph around it (Ctrl+Enter or double-click)</source>
        <translation>이것을 중심으로 그래프 그리기 (Ctrl+Enter 또는 두 번 클릭)</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="501"/>
        <source>Click a box to see it here; double-click to centre the graph on it. Tab moves between boxes, +/− zoom, 0 fits.</source>
        <translation>상자를 클릭하면 여기에 표시되고, 두 번 클릭하면 그 상자를 중심으로 그립니다. Tab으로 상자 사이를 이동하고 +/−로 확대·축소, 0으로 창에 맞춥니다.</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="528"/>
        <source>Owners to notify</source>
        <translation>알려야 할 소유자</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="535"/>
        <source>Copied</source>
        <translation>복사됨</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="535"/>
        <source>Copy list</source>
        <translation>목록 복사</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="549"/>
        <source>Nothing depends on %1.</source>
        <translation>%1에 의존하는 것이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Graph/GraphPage.qml" line="551"/>
        <source>owned by %n teams or people.</source>
        <translation>
            <numerusform>팀 또는 사람 %n곳이 소유합니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="594"/>
        <source>These entities have no owner</source>
        <translation>이 엔티티들은 소유자가 없습니다</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="595"/>
        <source>No e-mail in the catalog</source>
        <translation>카탈로그에 이메일이 없습니다</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="596"/>
        <source>Owner not in the catalog</source>
        <translation>소유자가 카탈로그에 없습니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Graph/GraphPage.qml" line="604"/>
        <source> and %n more</source>
        <translation>
            <numerusform> 외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="636"/>
        <source>Export the graph</source>
        <translation>그래프 내보내기</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="637"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="637"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 그림 (*.svg)</translation>
    </message>
    <message>
        <location filename="../qml/Graph/GraphPage.qml" line="637"/>
        <source>Graphviz files (*.dot *.gv)</source>
        <translation>Graphviz 파일 (*.dot *.gv)</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <location filename="../qml/Insights/InsightsPage.qml" line="23"/>
        <source>Import a Backstage scaffolder task export</source>
        <translation>Backstage 스캐폴더 작업 내보내기 가져오기</translation>
    </message>
    <message>
        <location filename="../qml/Insights/InsightsPage.qml" line="24"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 파일 (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/Insights/InsightsPage.qml" line="24"/>
        <location filename="../qml/Insights/InsightsPage.qml" line="31"/>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../qml/Insights/InsightsPage.qml" line="30"/>
        <source>Import a developer survey export</source>
        <translation>개발자 설문 내보내기 가져오기</translation>
    </message>
    <message>
        <location filename="../qml/Insights/InsightsPage.qml" line="31"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV 파일 (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../qml/Insights/InsightsPage.qml" line="69"/>
        <source>Insights</source>
        <translation>인사이트</translation>
    </message>
    <message>
        <location filename="../qml/Insights/InsightsPage.qml" line="90"/>
        <source>Import tasks…</source>
        <translation>작업 가져오기…</translation>
    </message>
    <message>
        <location filename="../qml/Insights/InsightsPage.qml" line="95"/>
        <source>A Backstage /api/scaffolder/v2/tasks export (JSON), for service creation lead time</source>
        <translation>서비스 생성 리드 타임에 쓰는 Backstage /api/scaffolder/v2/tasks 내보내기(JSON)</translation>
    </message>
    <message>
        <location filename="../qml/Insights/InsightsPage.qml" line="99"/>
        <source>Import survey…</source>
        <translation>설문 가져오기…</translation>
    </message>
    <message>
        <location filename="../qml/Insights/InsightsPage.qml" line="104"/>
        <source>A developer survey export (CSV with a 0–10 score column), for the developer NPS</source>
        <translation>개발자 NPS에 쓰는 개발자 설문 내보내기(0–10점 열이 있는 CSV)</translation>
    </message>
    <message>
        <location filename="../qml/Insights/InsightsPage.qml" line="109"/>
        <source>Refreshing…</source>
        <translation>새로 고치는 중…</translation>
    </message>
    <message>
        <location filename="../qml/Insights/InsightsPage.qml" line="109"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="../qml/Insights/InsightsPage.qml" line="117"/>
        <source>The demo shows bundled data; it does not read GitHub.</source>
        <translation>데모는 함께 제공된 데이터를 보여 주며 GitHub를 읽지 않습니다.</translation>
    </message>
    <message>
        <location filename="../qml/Insights/InsightsPage.qml" line="118"/>
        <source>Read deployments, issues, pull requests and workflows from GitHub again</source>
        <translation>GitHub에서 배포, 이슈, 풀 리퀘스트, 워크플로를 다시 읽습니다</translation>
    </message>
    <message>
        <location filename="../qml/Insights/InsightsPage.qml" line="131"/>
        <source>By month</source>
        <translation>월별</translation>
    </message>
    <message>
        <location filename="../qml/Insights/InsightsPage.qml" line="131"/>
        <source>By quarter</source>
        <translation>분기별</translation>
    </message>
    <message>
        <location filename="../qml/Insights/InsightsPage.qml" line="134"/>
        <source>Period</source>
        <translation>기간 단위</translation>
    </message>
    <message>
        <location filename="../qml/Insights/InsightsPage.qml" line="142"/>
        <source>Last 3 months</source>
        <translation>최근 3개월</translation>
    </message>
    <message>
        <location filename="../qml/Insights/InsightsPage.qml" line="142"/>
        <source>Last 6 months</source>
        <translation>최근 6개월</translation>
    </message>
    <message>
        <location filename="../qml/Insights/InsightsPage.qml" line="143"/>
        <source>Last 12 months</source>
        <translation>최근 12개월</translation>
    </message>
    <message>
        <location filename="../qml/Insights/InsightsPage.qml" line="143"/>
        <source>Last 24 months</source>
        <translation>최근 24개월</translation>
    </message>
    <message>
        <location filename="../qml/Insights/InsightsPage.qml" line="146"/>
        <source>Window</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../qml/Insights/InsightsPage.qml" line="158"/>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <location filename="../qml/Insights/InsightsPage.qml" line="170"/>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <location filename="../qml/Insights/InsightsPage.qml" line="220"/>
        <source>Platform KPIs</source>
        <translation>플랫폼 KPI</translation>
    </message>
    <message>
        <location filename="../qml/Insights/InsightsPage.qml" line="220"/>
        <source>the playbook&apos;s Play 8 targets</source>
        <translation>플레이북 Play 8의 목표</translation>
    </message>
    <message>
        <location filename="../qml/Insights/InsightsPage.qml" line="221"/>
        <source>Software delivery (DORA)</source>
        <translation>소프트웨어 딜리버리 (DORA)</translation>
    </message>
    <message>
        <location filename="../qml/Insights/InsightsPage.qml" line="221"/>
        <source>levels of the 2024 State of DevOps report</source>
        <translation>2024 State of DevOps 보고서의 등급</translation>
    </message>
    <message>
        <location filename="../qml/Insights/InsightsPage.qml" line="261"/>
        <source>Do we need an internal developer platform?</source>
        <translation>내부 개발자 플랫폼이 필요할까요?</translation>
    </message>
    <message>
        <location filename="../qml/Insights/InsightsPage.qml" line="268"/>
        <source>Play 1&apos;s conditions, measured on this catalog. </source>
        <translation>이 카탈로그로 측정한 Play 1의 조건입니다. </translation>
    </message>
    <message>
        <location filename="../qml/Insights/InsightsPage.qml" line="314"/>
        <source>not measured</source>
        <translation>측정 안 됨</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <location filename="../qml/Insights/KpiCard.qml" line="33"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location filename="../qml/Insights/KpiCard.qml" line="34"/>
        <source>%1: no data</source>
        <translation>%1: 데이터 없음</translation>
    </message>
    <message>
        <location filename="../qml/Insights/KpiCard.qml" line="79"/>
        <source>No data</source>
        <translation>데이터 없음</translation>
    </message>
</context>
<context>
    <name>KpiChart</name>
    <message>
        <location filename="../qml/Insights/KpiChart.qml" line="27"/>
        <source>Chart of the KPI per period, with its bands</source>
        <translation>기간별 KPI 차트와 등급 구간</translation>
    </message>
</context>
<context>
    <name>KpiDetail</name>
    <message>
        <location filename="../qml/Insights/KpiDetail.qml" line="26"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location filename="../qml/Insights/KpiDetail.qml" line="35"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/Insights/KpiDetail.qml" line="60"/>
        <source>All KPIs</source>
        <translation>전체 KPI</translation>
    </message>
    <message>
        <location filename="../qml/Insights/KpiDetail.qml" line="75"/>
        <source>Save chart…</source>
        <translation>차트 저장…</translation>
    </message>
    <message>
        <location filename="../qml/Insights/KpiDetail.qml" line="82"/>
        <source>Chart data…</source>
        <translation>차트 데이터…</translation>
    </message>
    <message>
        <location filename="../qml/Insights/KpiDetail.qml" line="89"/>
        <source>Table…</source>
        <translation>표…</translation>
    </message>
    <message>
        <location filename="../qml/Insights/KpiDetail.qml" line="102"/>
        <source>No data</source>
        <translation>데이터 없음</translation>
    </message>
    <message>
        <location filename="../qml/Insights/KpiDetail.qml" line="185"/>
        <source>target</source>
        <translation>목표</translation>
    </message>
    <message>
        <location filename="../qml/Insights/KpiDetail.qml" line="210"/>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <location filename="../qml/Insights/KpiDetail.qml" line="229"/>
        <source>Bands: %1. %2</source>
        <translation>등급 구간: %1. %2</translation>
    </message>
    <message>
        <location filename="../qml/Insights/KpiDetail.qml" line="237"/>
        <source>The records behind it</source>
        <translation>근거가 된 기록</translation>
    </message>
    <message>
        <location filename="../qml/Insights/KpiDetail.qml" line="243"/>
        <source>No records in this period.</source>
        <translation>이 기간에는 기록이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="62"/>
        <source>Atrium — demo organisation</source>
        <translation>Atrium — 데모 조직</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="62"/>
        <source>Atrium</source>
        <translation>Atrium</translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <location filename="../qml/Components/NavRail.qml" line="19"/>
        <source>Catalog</source>
        <translation>카탈로그</translation>
    </message>
    <message>
        <location filename="../qml/Components/NavRail.qml" line="20"/>
        <source>Graph</source>
        <translation>그래프</translation>
    </message>
    <message>
        <location filename="../qml/Components/NavRail.qml" line="21"/>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
    <message>
        <location filename="../qml/Components/NavRail.qml" line="22"/>
        <source>Docs</source>
        <translation>문서</translation>
    </message>
    <message>
        <location filename="../qml/Components/NavRail.qml" line="24"/>
        <source>Insights</source>
        <translation>인사이트</translation>
    </message>
    <message>
        <location filename="../qml/Components/NavRail.qml" line="26"/>
        <source>Sync</source>
        <translation>동기화</translation>
    </message>
    <message>
        <location filename="../qml/Components/NavRail.qml" line="28"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../qml/Components/NavRail.qml" line="47"/>
        <source>Atrium</source>
        <translation>Atrium</translation>
    </message>
    <message>
        <location filename="../qml/Components/NavRail.qml" line="70"/>
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
        <location filename="../qml/Components/RelationTarget.qml" line="55"/>
        <source>%1 is not in the catalog</source>
        <translation>%1은(는) 카탈로그에 없습니다</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="246"/>
        <source>Choose a folder with catalog files</source>
        <translation>카탈로그 파일이 있는 폴더 선택</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="274"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="281"/>
        <source>%1 · not saved yet</source>
        <translation>%1 · 아직 저장하지 않음</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="282"/>
        <source>%1 · unsaved changes</source>
        <translation>%1 · 저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="291"/>
        <source>About Atrium</source>
        <translation>Atrium 정보</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="296"/>
        <source>Reset to defaults</source>
        <translation>기본값으로 재설정</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="301"/>
        <source>Discard changes</source>
        <translation>변경 사항 버리기</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="307"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="313"/>
        <source>Save to %1 (Ctrl+S)</source>
        <translation>%1에 저장 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="314"/>
        <source>Fix the errors first</source>
        <translation>먼저 오류를 고치세요</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="376"/>
        <source>Appearance</source>
        <translation>모양</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="383"/>
        <location filename="../qml/Settings/SettingsPage.qml" line="401"/>
        <source>Theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="385"/>
        <source>The system&apos;s colours: dark now.</source>
        <translation>시스템 색상: 지금은 어둡게.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="386"/>
        <source>The system&apos;s colours: light now.</source>
        <translation>시스템 색상: 지금은 밝게.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="395"/>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="396"/>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="397"/>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="407"/>
        <location filename="../qml/Settings/SettingsPage.qml" line="426"/>
        <source>Text size</source>
        <translation>글자 크기</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="415"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="431"/>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="435"/>
        <source>Read catalog files from the repositories of a GitHub organisation</source>
        <translation>GitHub 조직의 저장소에서 카탈로그 파일 읽기</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Settings/SettingsPage.qml" line="444"/>
        <source>The YAML has %n more GitHub provider(s); edit them there.</source>
        <translation>
            <numerusform>YAML에 GitHub 공급자가 %n개 더 있습니다. YAML에서 편집하세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="455"/>
        <location filename="../qml/Settings/SettingsPage.qml" line="463"/>
        <source>Organisation</source>
        <translation>조직</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="456"/>
        <source>The GitHub organisation whose repositories hold catalog-info.yaml files, e.g. acme.</source>
        <translation>catalog-info.yaml 파일이 있는 저장소들의 GitHub 조직입니다 (예: acme).</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="461"/>
        <source>acme</source>
        <translation>acme</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="472"/>
        <location filename="../qml/Settings/SettingsPage.qml" line="480"/>
        <source>Host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="473"/>
        <source>github.com, or your GitHub Enterprise server.</source>
        <translation>github.com 또는 사내 GitHub Enterprise 서버.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="486"/>
        <location filename="../qml/Settings/SettingsPage.qml" line="494"/>
        <source>API base URL</source>
        <translation>API 기본 URL</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="487"/>
        <source>GitHub Enterprise only; empty for github.com.</source>
        <translation>GitHub Enterprise 전용입니다. github.com이면 비워 두세요.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="499"/>
        <location filename="../qml/Settings/SettingsPage.qml" line="509"/>
        <source>CA bundle</source>
        <translation>CA 번들</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="500"/>
        <source>GitHub Enterprise with a private certificate authority: its PEM file. Certificates are always verified.</source>
        <translation>사설 인증 기관을 쓰는 GitHub Enterprise라면 그 PEM 파일을 지정하세요. 인증서는 항상 검증됩니다.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="515"/>
        <source>Browse for the CA bundle</source>
        <translation>CA 번들 찾아보기</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="519"/>
        <location filename="../qml/Settings/SettingsPage.qml" line="527"/>
        <source>Catalog file</source>
        <translation>카탈로그 파일</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="520"/>
        <source>The file read in each repository, from its root.</source>
        <translation>각 저장소에서 읽을 파일입니다 (저장소 루트 기준).</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="531"/>
        <location filename="../qml/Settings/SettingsPage.qml" line="540"/>
        <source>Repository filter</source>
        <translation>저장소 필터</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="532"/>
        <source>A regular expression the whole repository name must match; empty: every repository.</source>
        <translation>저장소 이름 전체가 일치해야 하는 정규식입니다. 비워 두면 모든 저장소를 읽습니다.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="549"/>
        <location filename="../qml/Settings/SettingsPage.qml" line="557"/>
        <source>Topics to include</source>
        <translation>포함할 토픽</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="550"/>
        <source>Comma-separated; empty: any topic.</source>
        <translation>쉼표로 구분합니다. 비워 두면 토픽을 따지지 않습니다.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="555"/>
        <source>backstage, catalog</source>
        <translation>backstage, catalog</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="563"/>
        <location filename="../qml/Settings/SettingsPage.qml" line="571"/>
        <source>Topics to exclude</source>
        <translation>제외할 토픽</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="564"/>
        <source>Wins over the included ones.</source>
        <translation>포함할 토픽보다 우선합니다.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="569"/>
        <source>experimental</source>
        <translation>experimental</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="576"/>
        <source>Visibility</source>
        <translation>공개 범위</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="577"/>
        <source>None ticked: every repository.</source>
        <translation>아무것도 선택하지 않으면 모든 저장소를 읽습니다.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="581"/>
        <source>Public</source>
        <translation>공개</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="582"/>
        <source>Private</source>
        <translation>비공개</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="583"/>
        <source>Internal</source>
        <translation>내부</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="596"/>
        <source>Include archived repositories</source>
        <translation>보관된 저장소도 포함</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="602"/>
        <source>Sync every</source>
        <translation>동기화 주기</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="604"/>
        <source>Atrium syncs on this schedule while it runs, and whenever you press Sync now (Ctrl+R).</source>
        <translation>Atrium이 실행되는 동안 이 주기로 동기화하며, 지금 동기화(Ctrl+R)를 누르면 언제든 동기화합니다.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="612"/>
        <source>Sync every (minutes)</source>
        <translation>동기화 주기 (분)</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="615"/>
        <location filename="../qml/Settings/SettingsPage.qml" line="634"/>
        <source>minutes</source>
        <translation>분마다</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="621"/>
        <source>Time out after</source>
        <translation>제한 시간</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="623"/>
        <source>A sync that takes longer is stopped; the previous catalog stays.</source>
        <translation>이보다 오래 걸리는 동기화는 중단되며, 이전 카탈로그가 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="631"/>
        <source>Time out after (minutes)</source>
        <translation>제한 시간(분)</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="641"/>
        <source>Local folders</source>
        <translation>로컬 폴더</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="645"/>
        <source>Folders on this computer with catalog files, read as “atrium catalog import” does (catalog.locations of type file).</source>
        <translation>이 컴퓨터에서 카탈로그 파일이 있는 폴더입니다. “atrium catalog import”와 같은 방식으로 읽습니다 (type이 file인 catalog.locations).</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="182"/>
        <location filename="../qml/Settings/SettingsPage.qml" line="667"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="107"/>
        <source>Expanded</source>
        <translation>펼침</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="107"/>
        <source>Collapsed</source>
        <translation>접힘</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="134"/>
        <source>Reset section</source>
        <translation>섹션 초기화</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="137"/>
        <source>Reset section %1</source>
        <translation>%1 섹션 초기화</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="140"/>
        <source>Removes this section&apos;s keys from the file: Atrium&apos;s defaults apply. Not saved until you save.</source>
        <translation>이 섹션의 키를 파일에서 지웁니다. Atrium 기본값이 적용됩니다. 저장해야 반영됩니다.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="234"/>
        <source>Choose the PEM file of your certificate authority</source>
        <translation>인증 기관의 PEM 파일 선택</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="235"/>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>인증서 (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="235"/>
        <location filename="../qml/Settings/SettingsPage.qml" line="241"/>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="240"/>
        <source>Choose the CSV file of join dates</source>
        <translation>합류일 CSV 파일 선택</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="241"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="669"/>
        <source>Remove %1</source>
        <translation>%1 제거</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="679"/>
        <source>/path/to/catalog</source>
        <translation>/path/to/catalog</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="681"/>
        <source>Folder to add</source>
        <translation>추가할 폴더</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="684"/>
        <location filename="../qml/Settings/SettingsPage.qml" line="813"/>
        <location filename="../qml/Settings/SettingsPage.qml" line="929"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="513"/>
        <location filename="../qml/Settings/SettingsPage.qml" line="689"/>
        <location filename="../qml/Settings/SettingsPage.qml" line="1167"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="1203"/>
        <source>Edit as YAML</source>
        <translation>YAML로 편집</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="1221"/>
        <source>Valid</source>
        <translation>문제 없음</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Settings/SettingsPage.qml" line="1218"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>오류 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="697"/>
        <source>Backstage backends</source>
        <translation>Backstage 백엔드</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="707"/>
        <source>Existing Backstage backends whose catalog is a source (as backstage:NAME) and whose scaffolder runs their templates. Their tokens are kept in the keychain, never here.</source>
        <translation>카탈로그를 소스(backstage:NAME)로 읽고, 그 템플릿을 해당 스캐폴더에서 실행할 기존 Backstage 백엔드입니다. 토큰은 여기가 아니라 키체인에 보관됩니다.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="718"/>
        <source>Backend %1</source>
        <translation>백엔드 %1</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="720"/>
        <source>Remove Backstage backend %1</source>
        <translation>Backstage 백엔드 %1 제거</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="728"/>
        <location filename="../qml/Settings/SettingsPage.qml" line="855"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="729"/>
        <source>Empty: the host&apos;s name.</source>
        <translation>비우면 호스트 이름을 씁니다.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="736"/>
        <source>Name of Backstage backend %1</source>
        <translation>Backstage 백엔드 %1의 이름</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="742"/>
        <source>Base URL</source>
        <translation>기본 URL</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="750"/>
        <source>Base URL of Backstage backend %1</source>
        <translation>Backstage 백엔드 %1의 기본 URL</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="755"/>
        <source>Catalog filters</source>
        <translation>카탈로그 필터</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="756"/>
        <source>The catalog API&apos;s filters, separated by “;”: kind=component; kind=template. A comma inside one filter means both conditions. Empty: every entity.</source>
        <translation>카탈로그 API 필터를 “;”로 구분해 적습니다(예: kind=component; kind=template). 한 필터 안의 쉼표는 두 조건을 모두 만족해야 함을 뜻합니다. 비우면 모든 엔터티를 읽습니다.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="764"/>
        <source>Catalog filters of Backstage backend %1</source>
        <translation>Backstage 백엔드 %1의 카탈로그 필터</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="772"/>
        <source>Read its TechDocs</source>
        <translation>TechDocs 읽기</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="776"/>
        <source>Read the TechDocs of Backstage backend %1</source>
        <translation>Backstage 백엔드 %1의 TechDocs 읽기</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="784"/>
        <source>Add a backend</source>
        <translation>백엔드 추가</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="785"/>
        <source>Not added: the name is taken or not allowed, or the URL is not https.</source>
        <translation>추가하지 못했습니다. 이름이 이미 쓰였거나 허용되지 않거나, URL이 https가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="798"/>
        <location filename="../qml/Settings/SettingsPage.qml" line="914"/>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="801"/>
        <source>Name of the backend to add</source>
        <translation>추가할 백엔드 이름</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="809"/>
        <source>Base URL of the backend to add</source>
        <translation>추가할 백엔드의 기본 URL</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="816"/>
        <source>Add the Backstage backend</source>
        <translation>Backstage 백엔드 추가</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="824"/>
        <source>Argo CD</source>
        <translation>Argo CD</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="834"/>
        <source>Instances the argocd:create-resources action of templates creates applications on, chosen by name.</source>
        <translation>템플릿의 argocd:create-resources 액션이 애플리케이션을 만드는 인스턴스입니다. 이름으로 선택합니다.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="845"/>
        <source>Instance %1</source>
        <translation>인스턴스 %1</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="847"/>
        <source>Remove Argo CD instance %1</source>
        <translation>Argo CD 인스턴스 %1 제거</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="862"/>
        <source>Name of Argo CD instance %1</source>
        <translation>Argo CD 인스턴스 %1의 이름</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="868"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="876"/>
        <source>URL of Argo CD instance %1</source>
        <translation>Argo CD 인스턴스 %1의 URL</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="882"/>
        <source>Token</source>
        <translation>토큰</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="883"/>
        <source>An environment variable, written ${ARGOCD_TOKEN}: never the token itself, which anyone who reads the file would see.</source>
        <translation>${ARGOCD_TOKEN}처럼 환경 변수로 적으세요. 토큰 자체를 적으면 파일을 읽는 누구나 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="892"/>
        <source>Token variable of Argo CD instance %1</source>
        <translation>Argo CD 인스턴스 %1의 토큰 변수</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="900"/>
        <source>Add an instance</source>
        <translation>인스턴스 추가</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="901"/>
        <source>Not added: give a name no other instance has and an http(s) URL.</source>
        <translation>추가하지 못했습니다. 다른 인스턴스와 겹치지 않는 이름과 http(s) URL을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="917"/>
        <source>Name of the instance to add</source>
        <translation>추가할 인스턴스 이름</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="925"/>
        <source>URL of the instance to add</source>
        <translation>추가할 인스턴스 URL</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="932"/>
        <source>Add the Argo CD instance</source>
        <translation>Argo CD 인스턴스 추가</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="940"/>
        <source>Insights</source>
        <translation>인사이트</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="950"/>
        <source>What the Insights page reads from GitHub. Every field is optional; lists are comma-separated.</source>
        <translation>인사이트 페이지가 GitHub에서 읽어 올 내용입니다. 모든 항목은 선택 사항이며, 목록은 쉼표로 구분합니다.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="960"/>
        <source>GitHub host</source>
        <translation>GitHub 호스트</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="961"/>
        <source>Empty: github.com.</source>
        <translation>비우면 github.com입니다.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="968"/>
        <source>Insights GitHub host</source>
        <translation>인사이트 GitHub 호스트</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="974"/>
        <source>Pages read</source>
        <translation>읽을 페이지 수</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="975"/>
        <source>Of 100 records, per list and repository.</source>
        <translation>목록·저장소마다 페이지당 100건입니다.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="984"/>
        <source>Pages read per list and repository</source>
        <translation>목록·저장소별로 읽을 페이지 수</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="989"/>
        <location filename="../qml/Settings/SettingsPage.qml" line="997"/>
        <source>More repositories</source>
        <translation>추가 저장소</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="990"/>
        <source>owner/name, besides those catalog entities name in github.com/project-slug.</source>
        <translation>owner/name 형식. 카탈로그 엔터티의 github.com/project-slug에 적힌 저장소 외에 더 읽을 저장소입니다.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="1001"/>
        <location filename="../qml/Settings/SettingsPage.qml" line="1010"/>
        <source>Golden path workflows</source>
        <translation>골든 패스 워크플로</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="1002"/>
        <source>Reusable workflows whose use counts as the golden path; * matches anything.</source>
        <translation>사용하면 골든 패스로 보는 재사용 워크플로입니다. *는 모든 문자열과 일치합니다.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="1019"/>
        <location filename="../qml/Settings/SettingsPage.qml" line="1027"/>
        <source>Template annotation</source>
        <translation>템플릿 어노테이션</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="1020"/>
        <source>Empty: backstage.io/source-template.</source>
        <translation>비우면 backstage.io/source-template입니다.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="1033"/>
        <location filename="../qml/Settings/SettingsPage.qml" line="1041"/>
        <source>Cost attribution key</source>
        <translation>비용 귀속 키</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="1034"/>
        <source>An annotation or label; empty: no cost view.</source>
        <translation>어노테이션 또는 레이블입니다. 비우면 비용 보기가 없습니다.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="1046"/>
        <location filename="../qml/Settings/SettingsPage.qml" line="1061"/>
        <source>Deployments come from</source>
        <translation>배포 데이터 출처</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="1055"/>
        <source>GitHub deployments to one environment</source>
        <translation>한 환경에 대한 GitHub 배포</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="1056"/>
        <source>Published releases</source>
        <translation>게시된 릴리스</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="1057"/>
        <source>Workflow runs on the default branch</source>
        <translation>기본 브랜치의 워크플로 실행</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="1066"/>
        <source>Environment</source>
        <translation>환경</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="1067"/>
        <source>Empty: production.</source>
        <translation>비우면 production입니다.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="1074"/>
        <source>Deployment environment</source>
        <translation>배포 환경</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="1079"/>
        <source>Workflow file</source>
        <translation>워크플로 파일</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="1080"/>
        <source>Only this workflow&apos;s runs; empty: every workflow.</source>
        <translation>이 워크플로의 실행만 셉니다. 비우면 모든 워크플로입니다.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="1087"/>
        <source>Deployment workflow file</source>
        <translation>배포 워크플로 파일</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="1096"/>
        <location filename="../qml/Settings/SettingsPage.qml" line="1104"/>
        <source>Ticket labels</source>
        <translation>티켓 레이블</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="1097"/>
        <source>An issue with any of them is a ticket.</source>
        <translation>이 중 하나라도 붙은 이슈를 티켓으로 봅니다.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="1110"/>
        <location filename="../qml/Settings/SettingsPage.qml" line="1118"/>
        <source>Ticket repositories</source>
        <translation>티켓 저장소</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="1111"/>
        <location filename="../qml/Settings/SettingsPage.qml" line="1143"/>
        <source>Empty: every repository read.</source>
        <translation>비우면 읽는 모든 저장소입니다.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="1128"/>
        <location filename="../qml/Settings/SettingsPage.qml" line="1136"/>
        <source>Incident label</source>
        <translation>장애 레이블</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="1129"/>
        <source>Empty: incident.</source>
        <translation>비우면 incident입니다.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="1142"/>
        <location filename="../qml/Settings/SettingsPage.qml" line="1150"/>
        <source>Incident repositories</source>
        <translation>장애 저장소</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="1155"/>
        <source>Join dates</source>
        <translation>합류일</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="1156"/>
        <source>A CSV file with the columns login and joined; empty: each author&apos;s first pull request.</source>
        <translation>login, joined 열이 있는 CSV 파일입니다. 비우면 작성자별 첫 풀 리퀘스트 날짜를 씁니다.</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="1164"/>
        <source>Join dates file</source>
        <translation>합류일 파일</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="1169"/>
        <source>Browse for the join dates file</source>
        <translation>합류일 파일 찾아보기</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Settings/SettingsPage.qml" line="1220"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>경고 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="1277"/>
        <source>Configuration as YAML</source>
        <translation>YAML 형식의 설정</translation>
    </message>
    <message>
        <location filename="../qml/Settings/SettingsPage.qml" line="1325"/>
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
    <name>SurveyImportDialog</name>
    <message>
        <location filename="../qml/Insights/SurveyImportDialog.qml" line="17"/>
        <source>Import a developer survey</source>
        <translation>개발자 설문 가져오기</translation>
    </message>
    <message>
        <location filename="../qml/Insights/SurveyImportDialog.qml" line="35"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../qml/Insights/SurveyImportDialog.qml" line="39"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../qml/Insights/SurveyImportDialog.qml" line="44"/>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Insights/SurveyImportDialog.qml" line="67"/>
        <source>%Ln rows. Choose the column with the 0–10 answer; a comment column gives the complaint themes, a date column the trend per quarter.</source>
        <translation>
            <numerusform>%Ln개 행. 0–10점 응답이 있는 열을 고르세요. 의견 열이 있으면 불만 주제를, 날짜 열이 있으면 분기별 추이를 볼 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Insights/SurveyImportDialog.qml" line="77"/>
        <source>Score (0–10)</source>
        <translation>점수 (0–10)</translation>
    </message>
    <message>
        <location filename="../qml/Insights/SurveyImportDialog.qml" line="82"/>
        <source>Score column</source>
        <translation>점수 열</translation>
    </message>
    <message>
        <location filename="../qml/Insights/SurveyImportDialog.qml" line="84"/>
        <source>Comment</source>
        <translation>의견</translation>
    </message>
    <message>
        <location filename="../qml/Insights/SurveyImportDialog.qml" line="89"/>
        <source>Comment column</source>
        <translation>의견 열</translation>
    </message>
    <message>
        <location filename="../qml/Insights/SurveyImportDialog.qml" line="91"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../qml/Insights/SurveyImportDialog.qml" line="96"/>
        <source>Date column</source>
        <translation>날짜 열</translation>
    </message>
    <message>
        <location filename="../qml/Insights/SurveyImportDialog.qml" line="101"/>
        <source>First rows</source>
        <translation>처음 몇 행</translation>
    </message>
</context>
<context>
    <name>SyncJob</name>
    <message>
        <location filename="../src/services/sync/syncjob.cpp" line="160"/>
        <source>The docs of %1 have no mkdocs.yml at %2</source>
        <translation>%1의 문서에 mkdocs.yml이 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/services/sync/syncjob.cpp" line="496"/>
        <source>The organisation %1 was not found on %2, or the token cannot see it (it needs the read:org scope).</source>
        <translation>%2에서 조직 %1을(를) 찾을 수 없거나, 토큰에 이 조직을 볼 권한이 없습니다 (read:org 권한 범위가 필요합니다).</translation>
    </message>
    <message>
        <location filename="../src/services/sync/syncjob.cpp" line="506"/>
        <source>Listing the repositories of %1</source>
        <translation>%1의 저장소 목록을 가져오는 중</translation>
    </message>
    <message>
        <location filename="../src/services/sync/syncjob.cpp" line="524"/>
        <source>Listing the repositories of %1 failed</source>
        <translation>%1의 저장소 목록을 가져오지 못했습니다</translation>
    </message>
    <message>
        <location filename="../src/services/sync/syncjob.cpp" line="598"/>
        <source>%1 of %2 repositories unchanged</source>
        <translation>저장소 %2개 중 %1개 변경 없음</translation>
    </message>
    <message>
        <location filename="../src/services/sync/syncjob.cpp" line="629"/>
        <source>Reading catalog files from %1 failed</source>
        <translation>%1에서 카탈로그 파일을 읽지 못했습니다</translation>
    </message>
    <message>
        <location filename="../src/services/sync/syncjob.cpp" line="648"/>
        <source>%1 is binary or too large to read (%2 bytes)</source>
        <translation>%1은(는) 바이너리 파일이거나 너무 커서 읽을 수 없습니다 (%2바이트)</translation>
    </message>
    <message>
        <location filename="../src/services/sync/syncjob.cpp" line="725"/>
        <source>refresh took %1 s</source>
        <translation>새로 고침에 %1초 걸림</translation>
    </message>
    <message>
        <location filename="../src/services/sync/syncjob.cpp" line="231"/>
        <source>The docs of %1 are on %2, which this sync does not read (%3)</source>
        <translation>%1의 문서는 이 동기화가 읽지 않는 %2에 있습니다 (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/services/sync/syncjob.cpp" line="737"/>
        <source>Reading the docs of %n entities</source>
        <translation>
            <numerusform>엔터티 %n개의 문서를 읽는 중</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/services/sync/syncjob.cpp" line="748"/>
        <location filename="../src/services/sync/syncjob.cpp" line="928"/>
        <source>Reading docs from %1 failed; the docs stored before are kept</source>
        <translation>%1에서 문서를 읽지 못했습니다. 이전에 저장한 문서를 유지합니다</translation>
    </message>
    <message>
        <location filename="../src/services/sync/syncjob.cpp" line="795"/>
        <location filename="../src/services/sync/syncjob.cpp" line="956"/>
        <source>Writing the catalog cache failed; the previous catalog is unchanged: %1</source>
        <translation>카탈로그 캐시에 쓰지 못했습니다. 카탈로그는 이전 상태 그대로입니다: %1</translation>
    </message>
    <message>
        <location filename="../src/services/sync/syncjob.cpp" line="832"/>
        <source>%1 is not a repository of a configured organisation (give it as org/name)</source>
        <translation>%1은(는) 설정된 조직의 저장소가 아닙니다 (org/name 형식으로 지정하세요)</translation>
    </message>
    <message>
        <location filename="../src/services/sync/syncjob.cpp" line="841"/>
        <source>%1 has not been synced yet: run atrium sync first</source>
        <translation>%1은(는) 아직 동기화되지 않았습니다. 먼저 atrium sync를 실행하세요</translation>
    </message>
    <message>
        <location filename="../src/services/sync/syncjob.cpp" line="847"/>
        <source>%1 was not read from GitHub</source>
        <translation>%1은(는) GitHub에서 읽어 온 저장소가 아닙니다</translation>
    </message>
    <message>
        <location filename="../src/services/sync/syncjob.cpp" line="884"/>
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
    <name>TaskHistory</name>
    <message>
        <location filename="../qml/Create/TaskHistory.qml" line="34"/>
        <location filename="../qml/Create/TaskHistory.qml" line="84"/>
        <source>Recent tasks</source>
        <translation>최근 작업</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Create/TaskHistory.qml" line="43"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>작업 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Create/TaskHistory.qml" line="49"/>
        <source>Back to templates</source>
        <translation>템플릿으로 돌아가기</translation>
    </message>
    <message>
        <location filename="../qml/Create/TaskHistory.qml" line="64"/>
        <source>No task has run from this catalog yet. A template&apos;s Create or dry run shows here once it starts.</source>
        <translation>이 카탈로그에서 실행한 작업이 아직 없습니다. 템플릿의 만들기나 시험 실행을 시작하면 여기에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../qml/Create/TaskHistory.qml" line="110"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location filename="../qml/Create/TaskHistory.qml" line="154"/>
        <source>Dry run</source>
        <translation>시험 실행</translation>
    </message>
    <message>
        <location filename="../qml/Create/TaskHistory.qml" line="157"/>
        <source>%1 · took %2</source>
        <translation>%1 · %2 걸림</translation>
    </message>
</context>
<context>
    <name>TaskRunView</name>
    <message>
        <location filename="../qml/Create/TaskRunView.qml" line="18"/>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <location filename="../qml/Create/TaskRunView.qml" line="19"/>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../qml/Create/TaskRunView.qml" line="20"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../qml/Create/TaskRunView.qml" line="21"/>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <location filename="../qml/Create/TaskRunView.qml" line="22"/>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../qml/Create/TaskRunView.qml" line="23"/>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location filename="../qml/Create/TaskRunView.qml" line="38"/>
        <source>Dry run</source>
        <translation>미리 실행</translation>
    </message>
    <message>
        <location filename="../qml/Create/TaskRunView.qml" line="38"/>
        <source>Creating</source>
        <translation>만드는 중</translation>
    </message>
    <message>
        <location filename="../qml/Create/TaskRunView.qml" line="58"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>TemplateGallery</name>
    <message>
        <location filename="../qml/Create/TemplateGallery.qml" line="28"/>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
    <message>
        <location filename="../qml/Create/TemplateGallery.qml" line="35"/>
        <source>Start a new service, library or resource from one of your organisation&apos;s templates.</source>
        <translation>조직의 템플릿으로 새 서비스, 라이브러리 또는 리소스를 시작하세요.</translation>
    </message>
    <message>
        <location filename="../qml/Create/TemplateGallery.qml" line="47"/>
        <location filename="../qml/Create/TemplateGallery.qml" line="48"/>
        <source>Search templates</source>
        <translation>템플릿 검색</translation>
    </message>
    <message>
        <location filename="../qml/Create/TemplateGallery.qml" line="60"/>
        <source>All tags</source>
        <translation>모든 태그</translation>
    </message>
    <message>
        <location filename="../qml/Create/TemplateGallery.qml" line="62"/>
        <source>Tag</source>
        <translation>태그</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Create/TemplateGallery.qml" line="66"/>
        <source>%n template(s)</source>
        <translation>
            <numerusform>템플릿 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Create/TemplateGallery.qml" line="73"/>
        <source>Recent tasks (%1)</source>
        <translation>최근 작업 (%1)</translation>
    </message>
    <message>
        <location filename="../qml/Create/TemplateGallery.qml" line="78"/>
        <source>Open template file…</source>
        <translation>템플릿 파일 열기…</translation>
    </message>
    <message>
        <location filename="../qml/Create/TemplateGallery.qml" line="175"/>
        <source>Owner: %1</source>
        <translation>소유자: %1</translation>
    </message>
    <message>
        <location filename="../qml/Create/TemplateGallery.qml" line="193"/>
        <source>The catalog has no templates (entities of kind Template).</source>
        <translation>카탈로그에 템플릿(Template 종류의 엔티티)이 없습니다.</translation>
    </message>
    <message>
        <location filename="../qml/Create/TemplateGallery.qml" line="194"/>
        <source>No template matches.</source>
        <translation>일치하는 템플릿이 없습니다.</translation>
    </message>
</context>
<context>
    <name>TemplateWizard</name>
    <message>
        <location filename="../qml/Create/TemplateWizard.qml" line="51"/>
        <source>Templates</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <location filename="../qml/Create/TemplateWizard.qml" line="188"/>
        <location filename="../qml/Create/TemplateWizard.qml" line="280"/>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <location filename="../qml/Create/TemplateWizard.qml" line="239"/>
        <source>Running templates is not available in this build; the review shows what would be sent.</source>
        <translation>이 빌드에서는 템플릿을 실행할 수 없습니다. 검토 화면은 보낼 값을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../qml/Create/TemplateWizard.qml" line="258"/>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <location filename="../qml/Create/TemplateWizard.qml" line="265"/>
        <source>Back to the form</source>
        <translation>양식으로 돌아가기</translation>
    </message>
    <message>
        <location filename="../qml/Create/TemplateWizard.qml" line="272"/>
        <source>Fill in the required fields to continue</source>
        <translation>계속하려면 필수 항목을 채우세요</translation>
    </message>
    <message>
        <location filename="../qml/Create/TemplateWizard.qml" line="280"/>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <location filename="../qml/Create/TemplateWizard.qml" line="288"/>
        <source>Dry run</source>
        <translation>미리 실행</translation>
    </message>
    <message>
        <location filename="../qml/Create/TemplateWizard.qml" line="296"/>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <location filename="../qml/Components/Toast.qml" line="95"/>
        <source>Close notification</source>
        <translation>알림 닫기</translation>
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
    <name>WelcomePage</name>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="21"/>
        <location filename="../qml/Welcome/WelcomePage.qml" line="258"/>
        <source>Welcome to Atrium</source>
        <translation>Atrium에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="233"/>
        <source>Atrium</source>
        <translation>Atrium</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="247"/>
        <source>Step %1 of %2</source>
        <translation>%2단계 중 %1단계</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="260"/>
        <source>Atrium shows your organisation&apos;s software catalog, its templates and docs, from a copy on this computer. Where is your catalog?</source>
        <translation>Atrium은 조직의 소프트웨어 카탈로그와 템플릿, 문서를 이 컴퓨터에 둔 사본으로 보여 줍니다. 카탈로그는 어디에 있나요?</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="266"/>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="267"/>
        <source>catalog-info.yaml files in the repositories of a github.com organisation</source>
        <translation>github.com 조직 저장소의 catalog-info.yaml 파일</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="275"/>
        <source>GitHub Enterprise</source>
        <translation>GitHub Enterprise</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="276"/>
        <source>The same, on your company&apos;s own GitHub server</source>
        <translation>회사 자체 GitHub 서버의 같은 파일</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="284"/>
        <source>A Backstage backend</source>
        <translation>Backstage 백엔드</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="285"/>
        <source>Your Backstage&apos;s catalog, templates and TechDocs, read through its API</source>
        <translation>Backstage API로 읽는 카탈로그, 템플릿, TechDocs</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="293"/>
        <source>Explore the demo</source>
        <translation>데모 둘러보기</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="294"/>
        <source>A sample organisation, acme-commerce, with no account needed</source>
        <translation>계정 없이 보는 샘플 조직 acme-commerce</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="307"/>
        <source>Your GitHub Enterprise server</source>
        <translation>GitHub Enterprise 서버</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="308"/>
        <source>Its host name, as in the address of its pages. Atrium checks that it answers as GitHub Enterprise before you sign in.</source>
        <translation>페이지 주소에 있는 호스트 이름입니다. 로그인하기 전에 Atrium이 GitHub Enterprise로 응답하는지 확인합니다.</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="309"/>
        <location filename="../qml/Welcome/WelcomePage.qml" line="315"/>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="327"/>
        <location filename="../qml/Welcome/WelcomePage.qml" line="541"/>
        <source>Continue</source>
        <translation>계속</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="338"/>
        <source>Sign in to %1</source>
        <translation>%1에 로그인</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="340"/>
        <source>Atrium reads your organisation&apos;s repositories with your account. The token is kept in the system keychain, never in a file.</source>
        <translation>Atrium은 내 계정으로 조직의 저장소를 읽습니다. 토큰은 파일이 아니라 시스템 키체인에 보관됩니다.</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="353"/>
        <source>Sign in with the browser</source>
        <translation>브라우저로 로그인</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="361"/>
        <source>Asking %1 for a code…</source>
        <translation>%1에 코드를 요청하는 중…</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="362"/>
        <source>Enter this code on %1:</source>
        <translation>%1에 이 코드를 입력하세요:</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="377"/>
        <source>Code: %1</source>
        <translation>코드: %1</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="380"/>
        <source>Copy code</source>
        <translation>코드 복사</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="385"/>
        <source>Open %1</source>
        <translation>%1 열기</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="396"/>
        <source>Waiting for you to approve Atrium on %1…</source>
        <translation>%1에서 Atrium 승인을 기다리는 중…</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="398"/>
        <location filename="../qml/Welcome/WelcomePage.qml" line="644"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="406"/>
        <source>Or use a personal access token</source>
        <translation>또는 개인 액세스 토큰 사용</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="414"/>
        <source>Paste a personal access token with the scopes repo, read:org and workflow.</source>
        <translation>repo, read:org, workflow 범위가 있는 개인 액세스 토큰을 붙여 넣으세요.</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="423"/>
        <source>ghp_…</source>
        <translation>ghp_…</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="425"/>
        <source>Personal access token</source>
        <translation>개인 액세스 토큰</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="430"/>
        <source>Use token</source>
        <translation>토큰 사용</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="438"/>
        <source>Make a token on %1 with these scopes</source>
        <translation>%1에서 이 범위로 토큰 만들기</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="450"/>
        <source>Which organisation?</source>
        <translation>어느 조직인가요?</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="453"/>
        <source>Signed in as %1. Atrium reads the catalog files of the organisation&apos;s repositories.</source>
        <translation>%1(으)로 로그인했습니다. Atrium은 조직 저장소의 카탈로그 파일을 읽습니다.</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="454"/>
        <source>Signed in as %1. %2 lists no organisations for you: type the name of one you can read.</source>
        <translation>%1(으)로 로그인했습니다. %2에 내 조직이 없습니다: 읽을 수 있는 조직 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="470"/>
        <source>Your organisations</source>
        <translation>내 조직</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="521"/>
        <source>Or another organisation</source>
        <translation>또는 다른 조직</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="521"/>
        <source>Organisation</source>
        <translation>조직</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="525"/>
        <source>organisation-name</source>
        <translation>조직-이름</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="527"/>
        <source>Organisation name</source>
        <translation>조직 이름</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="539"/>
        <location filename="../qml/Welcome/WelcomePage.qml" line="540"/>
        <source>Read %1</source>
        <translation>%1 읽기</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="553"/>
        <source>Your Backstage</source>
        <translation>Backstage</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="554"/>
        <source>Atrium reads its catalog and TechDocs through its API and runs its templates on its scaffolder.</source>
        <translation>Atrium은 API로 카탈로그와 TechDocs를 읽고, 템플릿은 Backstage의 스캐폴더에서 실행합니다.</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="555"/>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="561"/>
        <source>Backstage address</source>
        <translation>Backstage 주소</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="564"/>
        <source>Token</source>
        <translation>토큰</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="570"/>
        <source>Empty if guests may read the catalog</source>
        <translation>게스트가 카탈로그를 읽을 수 있으면 비워 두세요</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="571"/>
        <source>Backstage token</source>
        <translation>Backstage 토큰</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="575"/>
        <source>A static token from backend.auth.externalAccess, or your Backstage identity token. It is kept in the system keychain.</source>
        <translation>backend.auth.externalAccess의 정적 토큰이나 Backstage ID 토큰입니다. 시스템 키체인에 보관됩니다.</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="587"/>
        <source>Connect</source>
        <translation>연결</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="598"/>
        <source>Reading the catalog of %1</source>
        <translation>%1의 카탈로그를 읽는 중</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="600"/>
        <source>Atrium keeps a copy on this computer, so the catalog opens at once next time, even offline. Later syncs read only what changed.</source>
        <translation>Atrium은 이 컴퓨터에 사본을 두므로 다음에는 오프라인에서도 카탈로그가 바로 열립니다. 이후 동기화는 바뀐 것만 읽습니다.</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="611"/>
        <source>Sync progress</source>
        <translation>동기화 진행률</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="619"/>
        <source>%1 — %2 of %3</source>
        <translation>%1 — %3개 중 %2개</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="634"/>
        <source>Open Settings</source>
        <translation>설정 열기</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="651"/>
        <source>Sync again</source>
        <translation>다시 동기화</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="662"/>
        <source>Your catalog is ready</source>
        <translation>카탈로그가 준비되었습니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Welcome/WelcomePage.qml" line="669"/>
        <source>Set up in %n second(s).</source>
        <translation>
            <numerusform>%n초 만에 설정했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Welcome/WelcomePage.qml" line="672"/>
        <source>Atrium syncs it again every %n minute(s) while it runs, and whenever you press Ctrl+R. Sources, schedule and filters are in Settings.</source>
        <translation>
            <numerusform>Atrium은 실행 중에 %n분마다, 그리고 Ctrl+R을 누를 때마다 다시 동기화합니다. 소스, 일정, 필터는 설정에 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="682"/>
        <source>Open the catalog</source>
        <translation>카탈로그 열기</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="699"/>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="706"/>
        <source>Continue in the background</source>
        <translation>백그라운드에서 계속</translation>
    </message>
    <message>
        <location filename="../qml/Welcome/WelcomePage.qml" line="706"/>
        <source>Not now</source>
        <translation>나중에</translation>
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
        <location filename="../src/models/appcontroller.cpp" line="223"/>
        <source>just now</source>
        <translation>방금</translation>
    </message>
    <message>
        <location filename="../src/models/appcontroller.cpp" line="225"/>
        <source>%1 min ago</source>
        <translation>%1분 전</translation>
    </message>
    <message>
        <location filename="../src/models/appcontroller.cpp" line="227"/>
        <source>%1 h ago</source>
        <translation>%1시간 전</translation>
    </message>
    <message>
        <location filename="../src/models/appcontroller.cpp" line="229"/>
        <source>%1 d ago</source>
        <translation>%1일 전</translation>
    </message>
    <message>
        <location filename="../src/models/appcontroller.cpp" line="394"/>
        <location filename="../src/app/gui.cpp" line="429"/>
        <source>Removed %1 from starred</source>
        <translation>즐겨찾기에서 %1을(를) 뺐습니다</translation>
    </message>
    <message>
        <location filename="../src/models/appcontroller.cpp" line="394"/>
        <location filename="../src/app/gui.cpp" line="430"/>
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
</context>
<context>
    <name>atrium::BackstageTaskJob</name>
    <message>
        <location filename="../src/models/backstagetaskjob.cpp" line="147"/>
        <source>The task was cancelled before it started.</source>
        <translation>작업이 시작되기 전에 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../src/models/backstagetaskjob.cpp" line="164"/>
        <source>Running on %1 as task %2</source>
        <translation>%1에서 작업 %2(으)로 실행 중</translation>
    </message>
    <message>
        <location filename="../src/models/backstagetaskjob.cpp" line="206"/>
        <source>This template came from %1, which the configuration no longer names; sync again.</source>
        <translation>이 템플릿은 %1에서 왔지만 설정에 더 이상 없습니다. 다시 동기화하세요.</translation>
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
    <name>atrium::CreateController</name>
    <message>
        <location filename="../src/models/createcontroller.cpp" line="96"/>
        <source>Running templates is not available in this build</source>
        <translation>이 빌드에서는 템플릿을 실행할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../src/models/createcontroller.cpp" line="111"/>
        <source>The template cannot run</source>
        <translation>템플릿을 실행할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../src/models/createcontroller.cpp" line="166"/>
        <source>The template</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <location filename="../src/models/createcontroller.cpp" line="175"/>
        <source>Template %1 finished</source>
        <translation>템플릿 %1 완료</translation>
    </message>
    <message>
        <location filename="../src/models/createcontroller.cpp" line="175"/>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location filename="../src/models/createcontroller.cpp" line="178"/>
        <source>Template %1 failed</source>
        <translation>템플릿 %1 실패</translation>
    </message>
    <message>
        <location filename="../src/models/createcontroller.cpp" line="178"/>
        <source>Show</source>
        <translation>보기</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/createcontroller.cpp" line="239"/>
        <source>(binary file, %n byte(s))</source>
        <translation>
            <numerusform>(바이너리 파일, %n바이트)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atrium::CreateTaskJob</name>
    <message>
        <location filename="../src/models/runnertaskjob.cpp" line="81"/>
        <source>This template uses actions Atrium does not have: %1</source>
        <translation>이 템플릿은 Atrium에 없는 액션을 사용합니다: %1</translation>
    </message>
</context>
<context>
    <name>atrium::DocsController</name>
    <message>
        <location filename="../src/models/docscontroller.cpp" line="294"/>
        <source>No documentation is stored for %1.</source>
        <translation>%1의 문서가 저장되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../src/models/docscontroller.cpp" line="296"/>
        <source>The documentation of %1 has no pages.</source>
        <translation>%1의 문서에 페이지가 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/models/docscontroller.cpp" line="301"/>
        <source>Cannot open the catalog cache: %1</source>
        <translation>카탈로그 캐시를 열 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/models/docscontroller.cpp" line="309"/>
        <source>The page %1 is not in the documentation of %2.</source>
        <translation>%2의 문서에 %1 페이지가 없습니다.</translation>
    </message>
</context>
<context>
    <name>atrium::EntityDetails</name>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="137"/>
        <source>Owned by</source>
        <translation>소유자</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="138"/>
        <source>Owner of</source>
        <translation>소유 항목</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="139"/>
        <source>Depends on</source>
        <translation>의존 대상</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="140"/>
        <source>Dependency of</source>
        <translation>이 항목에 의존</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="141"/>
        <source>Provides API</source>
        <translation>제공 API</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="142"/>
        <source>API provided by</source>
        <translation>API 제공자</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="143"/>
        <source>Consumes API</source>
        <translation>사용 API</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="144"/>
        <source>API consumed by</source>
        <translation>API 사용자</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="145"/>
        <source>Part of</source>
        <translation>소속</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="146"/>
        <source>Has part</source>
        <translation>구성 요소</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="147"/>
        <source>Member of</source>
        <translation>소속 그룹</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="148"/>
        <source>Has member</source>
        <translation>구성원</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="149"/>
        <source>Child of</source>
        <translation>상위 그룹</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="150"/>
        <source>Parent of</source>
        <translation>하위 그룹</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="178"/>
        <source>Repository</source>
        <translation>저장소</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="180"/>
        <source>Source</source>
        <translation>소스</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="182"/>
        <source>View source</source>
        <translation>소스 보기</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="184"/>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="186"/>
        <source>Docs</source>
        <translation>문서</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="188"/>
        <location filename="../src/models/entitydetails.cpp" line="190"/>
        <source>PagerDuty</source>
        <translation>PagerDuty</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="190"/>
        <source>integration configured</source>
        <translation>연동 설정됨</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="203"/>
        <source>Argo CD</source>
        <translation>Argo CD</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="205"/>
        <source>Argo CD applications</source>
        <translation>Argo CD 애플리케이션</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="208"/>
        <source>Grafana dashboards</source>
        <translation>Grafana 대시보드</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="210"/>
        <source>Grafana overview</source>
        <translation>Grafana 개요</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="212"/>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="214"/>
        <source>SonarQube project</source>
        <translation>SonarQube 프로젝트</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="216"/>
        <source>Created from template</source>
        <translation>템플릿으로 생성됨</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="270"/>
        <source>The OpenAPI definition cannot be read: %1</source>
        <translation>OpenAPI 정의를 읽을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>atrium::GitHubSnapshot</name>
    <message>
        <location filename="../src/services/metrics/insightsdata.cpp" line="140"/>
        <source>The GitHub data is not JSON (%1).</source>
        <translation>GitHub 데이터가 JSON이 아닙니다(%1).</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsdata.cpp" line="142"/>
        <source>The GitHub data is not in Atrium&apos;s format (&quot;format&quot;: &quot;atrium-insights-github/1&quot;).</source>
        <translation>GitHub 데이터가 Atrium의 형식(&quot;format&quot;: &quot;atrium-insights-github/1&quot;)이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>atrium::GraphController</name>
    <message>
        <location filename="../src/models/graphcontroller.cpp" line="477"/>
        <source>No owner</source>
        <translation>소유자 없음</translation>
    </message>
    <message>
        <location filename="../src/models/graphcontroller.cpp" line="537"/>
        <source>Ownership</source>
        <translation>소유</translation>
    </message>
    <message>
        <location filename="../src/models/graphcontroller.cpp" line="538"/>
        <source>Dependencies</source>
        <translation>의존 대상</translation>
    </message>
    <message>
        <location filename="../src/models/graphcontroller.cpp" line="539"/>
        <source>Provided APIs</source>
        <translation>제공하는 API</translation>
    </message>
    <message>
        <location filename="../src/models/graphcontroller.cpp" line="540"/>
        <source>Consumed APIs</source>
        <translation>사용하는 API</translation>
    </message>
    <message>
        <location filename="../src/models/graphcontroller.cpp" line="541"/>
        <source>Part of (systems, domains)</source>
        <translation>소속 (시스템, 도메인)</translation>
    </message>
    <message>
        <location filename="../src/models/graphcontroller.cpp" line="542"/>
        <source>Membership</source>
        <translation>구성원</translation>
    </message>
    <message>
        <location filename="../src/models/graphcontroller.cpp" line="543"/>
        <source>Group hierarchy</source>
        <translation>그룹 계층</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/graphcontroller.cpp" line="555"/>
        <source>If %1 fails, %Ln entities are affected:</source>
        <translation>
            <numerusform>%1이(가) 실패하면 엔티티 %Ln개가 영향을 받습니다:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/graphcontroller.cpp" line="587"/>
        <source>There is no graph to export.</source>
        <translation>내보낼 그래프가 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/models/graphcontroller.cpp" line="594"/>
        <source>Cannot export the graph as %1: %2</source>
        <translation>그래프를 %1(으)로 내보낼 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/models/graphcontroller.cpp" line="599"/>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2
</translation>
    </message>
</context>
<context>
    <name>atrium::InsightsController</name>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="59"/>
        <source>No catalog is open.</source>
        <translation>열린 카탈로그가 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="92"/>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="94"/>
        <source>%1 h</source>
        <translation>%1시간</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="95"/>
        <source>%1 days</source>
        <translation>%1일</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="102"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="104"/>
        <source>%1 a month</source>
        <translation>월 %1건</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="107"/>
        <source>%1 a day</source>
        <translation>하루 %1회</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="108"/>
        <source>%1 a week</source>
        <translation>주 %1회</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="321"/>
        <location filename="../src/models/insightscontroller.cpp" line="353"/>
        <location filename="../src/models/insightscontroller.cpp" line="409"/>
        <location filename="../src/models/insightscontroller.cpp" line="476"/>
        <source>Insights could not read the cache: %1</source>
        <translation>인사이트가 캐시를 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="364"/>
        <source>There is no GitHub token for %1. Sign in on the Sync page first.</source>
        <translation>%1의 GitHub 토큰이 없습니다. 먼저 동기화 페이지에서 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="372"/>
        <source>There is no repository to read: no catalog entity has a github.com/project-slug annotation, and the configuration names none under insights.repositories.</source>
        <translation>읽을 저장소가 없습니다. github.com/project-slug 어노테이션이 있는 카탈로그 엔티티가 없고, 설정의 insights.repositories에도 저장소가 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="380"/>
        <source>The refresh was cancelled.</source>
        <translation>새로 고침이 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="381"/>
        <source>The GitHub data could not be read: %1 The previous data is kept.</source>
        <translation>GitHub 데이터를 읽지 못했습니다: %1 이전 데이터를 그대로 둡니다.</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="385"/>
        <source>The GitHub data could not be stored: %1</source>
        <translation>GitHub 데이터를 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="414"/>
        <location filename="../src/models/insightscontroller.cpp" line="436"/>
        <location filename="../src/models/insightscontroller.cpp" line="481"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="421"/>
        <source>No task was imported from %1: %2</source>
        <translation>%1에서 가져온 작업이 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/insightscontroller.cpp" line="117"/>
        <source>%Ln completed tasks</source>
        <translation>
            <numerusform>완료된 작업 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/insightscontroller.cpp" line="119"/>
        <source>%Ln active repositories</source>
        <translation>
            <numerusform>활성 저장소 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/insightscontroller.cpp" line="121"/>
        <source>%Ln responses</source>
        <translation>
            <numerusform>응답 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/insightscontroller.cpp" line="123"/>
        <source>%Ln newcomers</source>
        <translation>
            <numerusform>신규 입사자 %Ln명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/insightscontroller.cpp" line="125"/>
        <source>%Ln tickets</source>
        <translation>
            <numerusform>티켓 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/insightscontroller.cpp" line="127"/>
        <source>%Ln incidents</source>
        <translation>
            <numerusform>장애 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/insightscontroller.cpp" line="128"/>
        <source>%Ln deployments</source>
        <translation>
            <numerusform>배포 %Ln회</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="185"/>
        <source>Q%1 %2</source>
        <extracomment>A quarter on the Insights chart&apos;s axis: %1 the quarter (1-4), %2 the year</extracomment>
        <translation>%2년 %1분기</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/insightscontroller.cpp" line="391"/>
        <source>Read %Ln repositories from GitHub: %1 requests, %2 unchanged (free).</source>
        <translation>
            <numerusform>GitHub에서 저장소 %Ln개를 읽었습니다: 요청 %1회, 변경 없음 %2회(무료).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/insightscontroller.cpp" line="395"/>
        <source>%Ln repositories could not be read in full.</source>
        <translation>
            <numerusform>저장소 %Ln개는 일부를 읽지 못했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/insightscontroller.cpp" line="424"/>
        <source>Imported %Ln scaffolder tasks from %1.</source>
        <translation>
            <numerusform>%1에서 스캐폴더 작업 %Ln개를 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/insightscontroller.cpp" line="426"/>
        <source>%n records were skipped: %1</source>
        <translation>
            <numerusform>기록 %n개를 건너뛰었습니다: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="441"/>
        <source>%1 is not a CSV file with a header row.</source>
        <translation>%1은(는) 머리글 행이 있는 CSV 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="487"/>
        <source>%1 has no column &quot;%2&quot;.</source>
        <translation>%1에 &quot;%2&quot; 열이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="491"/>
        <source>The survey could not be stored: %1</source>
        <translation>설문을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="494"/>
        <source>Imported the survey %1.</source>
        <translation>설문 %1을(를) 가져왔습니다.</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="527"/>
        <source>The file could not be written: %1</source>
        <translation>파일을 쓰지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="535"/>
        <location filename="../src/models/insightscontroller.cpp" line="554"/>
        <source>Saved %1.</source>
        <translation>%1을(를) 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="535"/>
        <location filename="../src/models/insightscontroller.cpp" line="554"/>
        <source>The file could not be written.</source>
        <translation>파일을 쓰지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="649"/>
        <source>All teams</source>
        <translation>모든 팀</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="661"/>
        <source>All systems</source>
        <translation>모든 시스템</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="675"/>
        <source>%1 – %2, by %3</source>
        <translation>%1 – %2, %3 단위</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="677"/>
        <source>month</source>
        <translation>월</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="677"/>
        <source>quarter</source>
        <translation>분기</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="685"/>
        <source>Demo data (resources/demo/insights), as of %1. Nothing here is real.</source>
        <translation>데모 데이터(resources/demo/insights), %1 기준. 실제 데이터가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="687"/>
        <source>GitHub data read %1 · catalog as of %2</source>
        <translation>GitHub 데이터 읽은 시각 %1 · 카탈로그 %2 기준</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="689"/>
        <source>The GitHub data has not been read yet: Refresh reads it.</source>
        <translation>GitHub 데이터를 아직 읽지 않았습니다. 새로 고침으로 읽습니다.</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="704"/>
        <source>a problem above %1</source>
        <translation>%1 초과면 문제</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="705"/>
        <source>a problem below %1</source>
        <translation>%1 미만이면 문제</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="718"/>
        <source>%1 of the %2 measured conditions are met: three or more say it is time for an internal developer platform.</source>
        <translation>측정한 조건 %2개 중 %1개에 해당합니다. 세 개 이상이면 내부 개발자 플랫폼을 도입할 때입니다.</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="722"/>
        <source>%1 of the %2 measured conditions are met; three or more would call for an internal developer platform.</source>
        <translation>측정한 조건 %2개 중 %1개에 해당합니다. 세 개 이상이면 내부 개발자 플랫폼이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="753"/>
        <source>No data</source>
        <translation>데이터 없음</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="756"/>
        <source>Target: %1</source>
        <translation>목표: %1</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="762"/>
        <source>as of %1</source>
        <translation>%1 기준</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="767"/>
        <source>p95 %1</source>
        <translation>p95 %1</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="828"/>
        <source>minutes</source>
        <translation>분</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="831"/>
        <source>hours</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="834"/>
        <source>days</source>
        <translation>일</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="837"/>
        <source>percent</source>
        <translation>퍼센트</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="838"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="839"/>
        <source>tickets a month</source>
        <translation>월 티켓 수</translation>
    </message>
    <message>
        <location filename="../src/models/insightscontroller.cpp" line="840"/>
        <source>deployments a day</source>
        <translation>하루 배포 수</translation>
    </message>
</context>
<context>
    <name>atrium::InsightsGitHubService</name>
    <message>
        <location filename="../src/services/metrics/insightsgithub.cpp" line="201"/>
        <source>the repository could not be read</source>
        <translation>저장소를 읽지 못했습니다</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsgithub.cpp" line="220"/>
        <source>a workflow file could not be read</source>
        <translation>워크플로 파일 하나를 읽지 못했습니다</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsgithub.cpp" line="228"/>
        <source>the workflows could not be listed</source>
        <translation>워크플로 목록을 읽지 못했습니다</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsgithub.cpp" line="251"/>
        <source>the deployments could not be listed</source>
        <translation>배포 목록을 읽지 못했습니다</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsgithub.cpp" line="269"/>
        <source>a deployment&apos;s statuses could not be read</source>
        <translation>배포 하나의 상태를 읽지 못했습니다</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsgithub.cpp" line="292"/>
        <source>the releases could not be listed</source>
        <translation>릴리스 목록을 읽지 못했습니다</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsgithub.cpp" line="317"/>
        <source>the workflow runs could not be listed</source>
        <translation>워크플로 실행 목록을 읽지 못했습니다</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsgithub.cpp" line="355"/>
        <source>a deployed commit could not be read</source>
        <translation>배포된 커밋 하나를 읽지 못했습니다</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsgithub.cpp" line="368"/>
        <source>the pull requests could not be listed</source>
        <translation>풀 리퀘스트 목록을 읽지 못했습니다</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsgithub.cpp" line="371"/>
        <source>only the oldest pull requests were read (insights.maxPages)</source>
        <translation>가장 오래된 풀 리퀘스트만 읽었습니다(insights.maxPages)</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsgithub.cpp" line="395"/>
        <source>the issues could not be listed</source>
        <translation>이슈 목록을 읽지 못했습니다</translation>
    </message>
</context>
<context>
    <name>atrium::InsightsService</name>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="143"/>
        <source>Not broken down by team or system: the numbers are the whole organisation&apos;s.</source>
        <translation>팀이나 시스템별로 나누지 않습니다. 조직 전체의 수치입니다.</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="145"/>
        <source>Not broken down by system: only the team filter applies.</source>
        <translation>시스템별로 나누지 않습니다. 팀 필터만 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="147"/>
        <source>Not broken down by team: the numbers are the whole organisation&apos;s.</source>
        <translation>팀별로 나누지 않습니다. 조직 전체의 수치입니다.</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="169"/>
        <source>No GitHub data has been read yet. Refresh Insights with a GitHub token (in the app, or `atrium insights --refresh`); it reads the repositories catalog entities name in github.com/project-slug, and those listed under insights.repositories in the configuration file.</source>
        <translation>아직 GitHub 데이터를 읽지 않았습니다. GitHub 토큰으로 인사이트를 새로 고치세요(앱에서, 또는 `atrium insights --refresh`). 카탈로그 엔티티가 github.com/project-slug로 가리키는 저장소와 설정 파일의 insights.repositories에 적은 저장소를 읽습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="308"/>
        <source>The join dates file cannot be read: %1</source>
        <translation>입사일 파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="317"/>
        <source>The join dates file needs the columns login and joined.</source>
        <translation>입사일 파일에는 login과 joined 열이 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="323"/>
        <source>The row has no login or no readable join date.</source>
        <translation>이 행에는 login이 없거나 읽을 수 있는 입사일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="336"/>
        <source>Demo data (%1)</source>
        <translation>데모 데이터(%1)</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="338"/>
        <source>Backstage scaffolder task export %1</source>
        <translation>Backstage 스캐폴더 작업 내보내기 %1</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="340"/>
        <source>Atrium&apos;s scaffolder</source>
        <translation>Atrium 스캐폴더</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="342"/>
        <source>Survey export %1</source>
        <translation>설문 내보내기 %1</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="344"/>
        <source>GitHub (%1)</source>
        <translation>GitHub(%1)</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="361"/>
        <source>The export holds no task.</source>
        <translation>내보내기에 작업이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="379"/>
        <source>The demo file %1 cannot be read.</source>
        <translation>데모 파일 %1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="471"/>
        <source>Scaffolder task history (none yet)</source>
        <translation>스캐폴더 작업 기록(아직 없음)</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="475"/>
        <source>Task</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="476"/>
        <source>Template</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="477"/>
        <source>Created by</source>
        <translation>만든 사람</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="478"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="479"/>
        <source>Started</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="480"/>
        <source>Lead time</source>
        <translation>리드 타임</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="499"/>
        <source>Tasks count for a team when the user who started them is a member of it.</source>
        <translation>작업은 시작한 사용자가 속한 팀의 것으로 셉니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/services/metrics/insightsservice.cpp" line="518"/>
        <source>%1: .github/workflows of %n repositories</source>
        <translation>
            <numerusform>%1: 저장소 %n개의 .github/workflows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="520"/>
        <source>GitHub Actions workflows (not read yet)</source>
        <translation>GitHub Actions 워크플로(아직 읽지 않음)</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="542"/>
        <location filename="../src/services/metrics/insightsservice.cpp" line="811"/>
        <source>Repository</source>
        <translation>저장소</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="543"/>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="544"/>
        <source>Golden path</source>
        <translation>골든 패스</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="545"/>
        <source>Golden workflow used</source>
        <translation>사용한 골든 워크플로</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="549"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="549"/>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="562"/>
        <source>%1 of %2 components (%3%) were created from a software template (%4).</source>
        <translation>컴포넌트 %2개 중 %1개(%3%)가 소프트웨어 템플릿으로 만들어졌습니다(%4).</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/services/metrics/insightsservice.cpp" line="567"/>
        <source>%n workflow files could not be read and were skipped.</source>
        <translation>
            <numerusform>워크플로 파일 %n개를 읽지 못해 건너뛰었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/services/metrics/insightsservice.cpp" line="569"/>
        <source>%n archived repositories are left out.</source>
        <translation>
            <numerusform>보관된 저장소 %n개는 제외했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="571"/>
        <source>Earlier values are recorded for the organisation and each team, not for systems.</source>
        <translation>이전 값은 조직과 각 팀 단위로만 기록되며 시스템 단위로는 기록되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="621"/>
        <source>No developer survey has been imported.</source>
        <translation>가져온 개발자 설문이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="637"/>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="638"/>
        <source>Responses</source>
        <translation>응답</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="639"/>
        <source>Response rate</source>
        <translation>응답률</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="640"/>
        <source>Promoters</source>
        <translation>추천자</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="641"/>
        <source>Passives</source>
        <translation>중립자</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="642"/>
        <source>Detractors</source>
        <translation>비추천자</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="643"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/services/metrics/insightsservice.cpp" line="661"/>
        <source>Response rate %1% (of the %n developers in the catalog, per survey round) is below 70%: the score may not speak for them.</source>
        <translation>
            <numerusform>응답률 %1%(카탈로그의 개발자 %n명 기준, 설문 회차당)가 70%에 못 미칩니다. 점수가 전체 의견을 대표하지 못할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/services/metrics/insightsservice.cpp" line="665"/>
        <source>Response rate %1% of the %n developers in the catalog, per survey round.</source>
        <translation>
            <numerusform>응답률 %1%(카탈로그의 개발자 %n명 기준, 설문 회차당).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="668"/>
        <source>The catalog has no User entities, so the response rate is not known.</source>
        <translation>카탈로그에 User 엔티티가 없어 응답률을 알 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="670"/>
        <source>Most frequent complaints of detractors: %1.</source>
        <translation>비추천자의 가장 잦은 불만: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/services/metrics/insightsservice.cpp" line="672"/>
        <source>%n rows were skipped (no score from 0 to 10).</source>
        <translation>
            <numerusform>행 %n개를 건너뛰었습니다(0–10점 점수 없음).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="717"/>
        <source>Join dates from %1; first merged pull request from %2</source>
        <translation>입사일은 %1, 첫 병합 풀 리퀘스트는 %2</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="718"/>
        <source>GitHub (not read yet)</source>
        <translation>GitHub(아직 읽지 않음)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/services/metrics/insightsservice.cpp" line="720"/>
        <source>%1: pull requests of %n repositories; a developer joins with their first pull request, as GitHub&apos;s API gives no date of joining an organisation</source>
        <translation>
            <numerusform>%1: 저장소 %n개의 풀 리퀘스트. GitHub API는 조직 가입일을 알려 주지 않으므로 첫 풀 리퀘스트를 입사 시점으로 봅니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="724"/>
        <source>GitHub pull requests (not read yet)</source>
        <translation>GitHub 풀 리퀘스트(아직 읽지 않음)</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="732"/>
        <source>Developer</source>
        <translation>개발자</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="733"/>
        <source>Joined</source>
        <translation>입사</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="734"/>
        <source>First merged pull request</source>
        <translation>첫 병합 풀 리퀘스트</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="735"/>
        <source>Onboarding time</source>
        <translation>온보딩 시간</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/services/metrics/insightsservice.cpp" line="747"/>
        <source>%n newcomers have no merged pull request yet and are not in the median.</source>
        <translation>
            <numerusform>신규 입사자 %n명은 아직 병합된 풀 리퀘스트가 없어 중앙값에 들어가지 않습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/services/metrics/insightsservice.cpp" line="795"/>
        <source>%1: issues labelled %2 in %n repositories</source>
        <translation>
            <numerusform>%1: 저장소 %n개에서 %2 레이블이 붙은 이슈</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="798"/>
        <source>GitHub issues (not read yet)</source>
        <translation>GitHub 이슈(아직 읽지 않음)</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="810"/>
        <source>Ticket</source>
        <translation>티켓</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="812"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="813"/>
        <source>Labels</source>
        <translation>레이블</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="814"/>
        <source>Opened</source>
        <translation>열림</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="815"/>
        <source>Closed</source>
        <translation>닫힘</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="864"/>
        <source>deployments to %1 and their statuses</source>
        <translation>%1 배포와 그 상태</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="867"/>
        <source>published releases</source>
        <translation>게시된 릴리스</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="870"/>
        <source>workflow runs on the default branch</source>
        <translation>기본 브랜치의 워크플로 실행</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="871"/>
        <source>runs of %1 on the default branch</source>
        <translation>기본 브랜치의 %1 실행</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="876"/>
        <source>%1 (read as %2; refresh to read the configured source)</source>
        <translation>%1(%2(으)로 읽음. 설정한 출처로 읽으려면 새로 고치세요)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/services/metrics/insightsservice.cpp" line="877"/>
        <source>%1: %2 of %n repositories; incidents: issues labelled %3</source>
        <translation>
            <numerusform>%1: 저장소 %n개의 %2. 장애: %3 레이블이 붙은 이슈</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="880"/>
        <source>GitHub deployments (not read yet)</source>
        <translation>GitHub 배포(아직 읽지 않음)</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="900"/>
        <source>team</source>
        <translation>팀</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="900"/>
        <source>service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="901"/>
        <source>(no owner)</source>
        <translation>(소유자 없음)</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="933"/>
        <source>Successful deployments</source>
        <translation>성공한 배포</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="934"/>
        <source>Deployments measured</source>
        <translation>측정한 배포</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="935"/>
        <source>Deployments</source>
        <translation>배포</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="936"/>
        <source>Incidents</source>
        <translation>장애</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="947"/>
        <source>Scope</source>
        <translation>범위</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="948"/>
        <source>Team or service</source>
        <translation>팀 또는 서비스</translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="950"/>
        <source>Level</source>
        <translation>등급</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/services/metrics/insightsservice.cpp" line="954"/>
        <source>%n successful deployments have no known commit and are not in the lead time.</source>
        <translation>
            <numerusform>성공한 배포 %n회는 커밋을 알 수 없어 리드 타임에 들어가지 않습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/services/metrics/insightsservice.cpp" line="957"/>
        <source>%n incidents are still open and are not in the median.</source>
        <translation>
            <numerusform>장애 %n건은 아직 열려 있어 중앙값에 들어가지 않습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/services/metrics/insightsservice.cpp" line="959"/>
        <source>%n records were left out (times out of order).</source>
        <translation>
            <numerusform>기록 %n개를 제외했습니다(시각 순서가 맞지 않음).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/services/metrics/insightsservice.cpp" line="1014"/>
        <source>Insights settings are the insights: section of %1.</source>
        <translation>인사이트 설정은 %1의 insights: 섹션입니다.</translation>
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
        <location filename="../src/models/settingscontroller.cpp" line="352"/>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/models/settingscontroller.cpp" line="387"/>
        <source>Not saved: fix the errors first.</source>
        <translation>저장하지 않았습니다. 먼저 오류를 고치세요.</translation>
    </message>
    <message>
        <location filename="../src/models/settingscontroller.cpp" line="393"/>
        <source>Cannot create the folder %1.</source>
        <translation>폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/models/settingscontroller.cpp" line="400"/>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/models/settingscontroller.cpp" line="816"/>
        <source>Removed source %1</source>
        <translation>소스 %1을(를) 제거했습니다</translation>
    </message>
    <message>
        <location filename="../src/models/settingscontroller.cpp" line="816"/>
        <location filename="../src/models/settingscontroller.cpp" line="959"/>
        <location filename="../src/models/settingscontroller.cpp" line="1055"/>
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <location filename="../src/models/settingscontroller.cpp" line="959"/>
        <source>Removed Backstage backend %1</source>
        <translation>Backstage 백엔드 %1을(를) 제거했습니다</translation>
    </message>
    <message>
        <location filename="../src/models/settingscontroller.cpp" line="1055"/>
        <source>Removed Argo CD instance %1</source>
        <translation>Argo CD 인스턴스 %1을(를) 제거했습니다</translation>
    </message>
    <message>
        <location filename="../src/models/settingscontroller.cpp" line="1302"/>
        <source>Enter the GitHub host: github.com, or your GitHub Enterprise server&apos;s name.</source>
        <translation>GitHub 호스트를 입력하세요: github.com 또는 GitHub Enterprise 서버 이름.</translation>
    </message>
    <message>
        <location filename="../src/models/settingscontroller.cpp" line="1305"/>
        <source>Only the host name, such as github.example.com: no https:// and no path.</source>
        <translation>github.example.com처럼 호스트 이름만 입력하세요. https://와 경로는 넣지 않습니다.</translation>
    </message>
    <message>
        <location filename="../src/models/settingscontroller.cpp" line="1314"/>
        <source>Enter an https URL such as https://%1/api/v3.</source>
        <translation>https://%1/api/v3 같은 https URL을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../src/models/settingscontroller.cpp" line="1319"/>
        <source>Enter the organisation whose repositories hold catalog files.</source>
        <translation>카탈로그 파일이 있는 저장소들의 조직을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../src/models/settingscontroller.cpp" line="1322"/>
        <source>Only the organisation&apos;s name, such as acme: not a URL.</source>
        <translation>acme처럼 조직 이름만 입력하세요. URL은 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/models/settingscontroller.cpp" line="1329"/>
        <source>%1 does not exist: GitHub&apos;s certificate would not be trusted.</source>
        <translation>%1이(가) 없습니다. GitHub 인증서를 신뢰할 수 없게 됩니다.</translation>
    </message>
    <message>
        <location filename="../src/models/settingscontroller.cpp" line="1334"/>
        <source>Patterns are not supported: name one file, such as /catalog-info.yaml.</source>
        <translation>패턴은 지원하지 않습니다. /catalog-info.yaml처럼 파일 하나를 지정하세요.</translation>
    </message>
    <message>
        <location filename="../src/models/settingscontroller.cpp" line="1339"/>
        <source>Not a valid regular expression: %1.</source>
        <translation>올바른 정규식이 아닙니다: %1.</translation>
    </message>
    <message>
        <location filename="../src/models/settingscontroller.cpp" line="1358"/>
        <source>%1 does not exist.</source>
        <translation>%1이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/models/settingscontroller.cpp" line="1382"/>
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
    <message>
        <location filename="../src/models/synccontroller.cpp" line="472"/>
        <location filename="../src/app/gui.cpp" line="423"/>
        <source>Show problems</source>
        <translation>문제 보기</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="476"/>
        <source>Sync finished; %Ln repositories could not be read.</source>
        <translation>
            <numerusform>동기화가 끝났지만 저장소 %Ln개를 읽지 못했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="627"/>
        <source>Sync finished: %1, %2</source>
        <translation>동기화 완료: %1, %2</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="477"/>
        <source>Sync finished: %1.</source>
        <translation>동기화 완료: %1.</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="572"/>
        <source>Sign-in needs the client ID of a GitHub OAuth app with device flow enabled (ATRIUM_GITHUB_CLIENT_ID). Set ATRIUM_GITHUB_TOKEN instead.</source>
        <translation>로그인하려면 디바이스 플로가 켜진 GitHub OAuth 앱의 클라이언트 ID(ATRIUM_GITHUB_CLIENT_ID)가 필요합니다. 대신 ATRIUM_GITHUB_TOKEN을 설정하세요.</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="612"/>
        <source>Signed in to %1.</source>
        <translation>%1에 로그인했습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="627"/>
        <source>%Ln entities</source>
        <translation>
            <numerusform>엔티티 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="627"/>
        <source>%Ln problems</source>
        <translation>
            <numerusform>문제 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="659"/>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="670"/>
        <source>after this one</source>
        <translation>이번 동기화 후</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="672"/>
        <source>paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="675"/>
        <source>in a moment</source>
        <translation>곧</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="676"/>
        <source>at %1</source>
        <translation>%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="685"/>
        <source>%Ln repositories read</source>
        <translation>
            <numerusform>저장소 %Ln개 읽음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="687"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln개 변경 없음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="689"/>
        <source>%Ln without a catalog file</source>
        <translation>
            <numerusform>%Ln개 카탈로그 파일 없음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="691"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln개 실패</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="693"/>
        <source>%Ln removed</source>
        <translation>
            <numerusform>%Ln개 제거됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="696"/>
        <source>%Ln local folder(s)</source>
        <translation>
            <numerusform>로컬 폴더 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="697"/>
        <source>%Ln entities written</source>
        <translation>
            <numerusform>엔티티 %Ln개 기록</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="705"/>
        <source>%1 of %2</source>
        <translation>%2 중 %1</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="712"/>
        <source>resets at %1</source>
        <translation>%1에 초기화</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="718"/>
        <source>Syncing %1 of %2 repositories…</source>
        <translation>저장소 %2개 중 %1개 동기화 중…</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="718"/>
        <source>Syncing…</source>
        <translation>동기화 중…</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="724"/>
        <source>Not synced yet</source>
        <translation>아직 동기화하지 않음</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="726"/>
        <source>Sync failed %1</source>
        <translation>동기화 실패 (%1)</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="728"/>
        <source>Synced %1</source>
        <translation>%1 동기화됨</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="731"/>
        <source>took %1</source>
        <translation>소요 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/synccontroller.cpp" line="733"/>
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>요청 %Ln회</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="735"/>
        <source>%1 left</source>
        <translation>한도 %1 남음</translation>
    </message>
    <message>
        <location filename="../src/models/synccontroller.cpp" line="739"/>
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
    <name>atrium::TaskHistoryModel</name>
    <message>
        <location filename="../src/models/backstagetaskjob.cpp" line="251"/>
        <source>Open in Backstage</source>
        <translation>Backstage에서 열기</translation>
    </message>
    <message>
        <location filename="../src/models/taskhistorymodel.cpp" line="77"/>
        <source>Some tasks could not be read: %1</source>
        <translation>일부 작업을 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/models/taskhistorymodel.cpp" line="120"/>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <location filename="../src/models/taskhistorymodel.cpp" line="122"/>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <location filename="../src/models/taskhistorymodel.cpp" line="123"/>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <location filename="../src/models/taskhistorymodel.cpp" line="129"/>
        <source>Completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../src/models/taskhistorymodel.cpp" line="131"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../src/models/taskhistorymodel.cpp" line="133"/>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../src/models/taskhistorymodel.cpp" line="135"/>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <location filename="../src/models/taskhistorymodel.cpp" line="160"/>
        <source>Atrium</source>
        <translation>Atrium</translation>
    </message>
    <message>
        <location filename="../src/models/taskhistorymodel.cpp" line="191"/>
        <source>Steps: %1 of %2</source>
        <translation>단계: %2개 중 %1개</translation>
    </message>
    <message>
        <location filename="../src/models/taskhistorymodel.cpp" line="203"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../src/models/taskhistorymodel.cpp" line="203"/>
        <source>no</source>
        <translation>아니요</translation>
    </message>
</context>
<context>
    <name>atrium::TemplateForm</name>
    <message>
        <location filename="../src/models/templateform.cpp" line="143"/>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../src/models/templateform.cpp" line="143"/>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../src/models/templateform.cpp" line="274"/>
        <source>No template %1 in the catalog</source>
        <translation>카탈로그에 템플릿 %1이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../src/models/templateform.cpp" line="352"/>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/models/templateform.cpp" line="368"/>
        <source>%1 holds no Template (kind: Template)</source>
        <translation>%1에 Template(kind: Template)이 없습니다</translation>
    </message>
    <message>
        <location filename="../src/models/templateform.cpp" line="407"/>
        <source>Step %1</source>
        <translation>%1단계</translation>
    </message>
    <message>
        <location filename="../src/models/templateform.cpp" line="410"/>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <location filename="../src/models/templateform.cpp" line="436"/>
        <source>Field %1 uses %2 %3, which Atrium does not support</source>
        <translation>필드 %1은(는) Atrium이 지원하지 않는 %2 %3을(를) 사용합니다</translation>
    </message>
    <message>
        <location filename="../src/models/templateform.cpp" line="443"/>
        <source>Required</source>
        <translation>필수 항목입니다</translation>
    </message>
    <message>
        <location filename="../src/models/templateform.cpp" line="444"/>
        <source>Must match %1</source>
        <translation>%1 형식과 일치해야 합니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/templateform.cpp" line="445"/>
        <source>Must be at least %n character(s)</source>
        <translation>
            <numerusform>%n자 이상이어야 합니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/templateform.cpp" line="446"/>
        <source>Must be at most %n character(s)</source>
        <translation>
            <numerusform>%n자 이하여야 합니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/templateform.cpp" line="447"/>
        <source>Must be at least %1</source>
        <translation>%1 이상이어야 합니다</translation>
    </message>
    <message>
        <location filename="../src/models/templateform.cpp" line="448"/>
        <source>Must be at most %1</source>
        <translation>%1 이하여야 합니다</translation>
    </message>
    <message>
        <location filename="../src/models/templateform.cpp" line="449"/>
        <source>Must be one of the allowed values</source>
        <translation>허용된 값 중 하나여야 합니다</translation>
    </message>
    <message>
        <location filename="../src/models/templateform.cpp" line="452"/>
        <source>Must be a whole number</source>
        <translation>정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../src/models/templateform.cpp" line="454"/>
        <source>Must be a number</source>
        <translation>숫자여야 합니다</translation>
    </message>
    <message>
        <location filename="../src/models/templateform.cpp" line="455"/>
        <source>Must be of type %1</source>
        <translation>%1 형식이어야 합니다</translation>
    </message>
    <message>
        <location filename="../src/models/templateform.cpp" line="456"/>
        <source>Must be a valid %1</source>
        <translation>올바른 %1이어야 합니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/templateform.cpp" line="457"/>
        <source>Choose at least %n</source>
        <translation>
            <numerusform>%n개 이상 선택하세요</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/templateform.cpp" line="458"/>
        <source>Choose at most %n</source>
        <translation>
            <numerusform>%n개 이하로 선택하세요</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/templateform.cpp" line="459"/>
        <source>Each value may appear once</source>
        <translation>각 값은 한 번만 쓸 수 있습니다</translation>
    </message>
    <message>
        <location filename="../src/models/templateform.cpp" line="461"/>
        <source>Must start and end with a letter or digit, contain only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, and be at most 63 characters long</source>
        <translation>영문자나 숫자로 시작하고 끝나야 하며, 영문자, 숫자, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;만 쓸 수 있고, 63자 이하여야 합니다</translation>
    </message>
    <message>
        <location filename="../src/models/templateform.cpp" line="465"/>
        <source>Incomplete repository location: choose a host</source>
        <translation>저장소 위치가 완전하지 않습니다: 호스트를 선택하세요</translation>
    </message>
    <message>
        <location filename="../src/models/templateform.cpp" line="467"/>
        <source>Incomplete repository location: enter an owner</source>
        <translation>저장소 위치가 완전하지 않습니다: 소유자를 입력하세요</translation>
    </message>
    <message>
        <location filename="../src/models/templateform.cpp" line="468"/>
        <source>Incomplete repository location: enter a repository name</source>
        <translation>저장소 위치가 완전하지 않습니다: 저장소 이름을 입력하세요</translation>
    </message>
    <message>
        <location filename="../src/models/templateform.cpp" line="470"/>
        <source>Tag &apos;%1&apos; must be lower-case letters, digits, &apos;:&apos;, &apos;+&apos; or &apos;#&apos;, in words joined by &apos;-&apos;, at most 63 characters</source>
        <translation>태그 &apos;%1&apos;은(는) 소문자, 숫자, &apos;:&apos;, &apos;+&apos;, &apos;#&apos;로 된 단어를 &apos;-&apos;로 이은 63자 이하여야 합니다</translation>
    </message>
    <message>
        <location filename="../src/models/templateform.cpp" line="474"/>
        <source>Invalid value: %1</source>
        <translation>잘못된 값: %1</translation>
    </message>
</context>
<context>
    <name>atrium::WelcomeController</name>
    <message>
        <location filename="../src/models/welcomecontroller.cpp" line="50"/>
        <source>The configuration was not saved: %1 (%2). Fix it in Settings.</source>
        <translation>설정을 저장하지 못했습니다: %1 (%2). 설정에서 고치세요.</translation>
    </message>
    <message>
        <location filename="../src/models/welcomecontroller.cpp" line="55"/>
        <source>The configuration has errors; fix them in Settings.</source>
        <translation>설정에 오류가 있습니다. 설정에서 고치세요.</translation>
    </message>
    <message>
        <location filename="../src/models/welcomecontroller.cpp" line="235"/>
        <location filename="../src/models/welcomecontroller.cpp" line="257"/>
        <source>Enter the server&apos;s host name, such as github.example.com, or its https:// address.</source>
        <translation>github.example.com 같은 서버 호스트 이름이나 https:// 주소를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../src/models/welcomecontroller.cpp" line="242"/>
        <source>Atrium talks to GitHub Enterprise over https only: use https://%1.</source>
        <translation>Atrium은 GitHub Enterprise와 https로만 통신합니다: https://%1 을(를) 쓰세요.</translation>
    </message>
    <message>
        <location filename="../src/models/welcomecontroller.cpp" line="269"/>
        <source>Looking for GitHub Enterprise at %1…</source>
        <translation>%1에서 GitHub Enterprise를 찾는 중…</translation>
    </message>
    <message>
        <location filename="../src/models/welcomecontroller.cpp" line="274"/>
        <source>%1 did not answer as a GitHub Enterprise server: %2</source>
        <translation>%1이(가) GitHub Enterprise 서버로 응답하지 않았습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/models/welcomecontroller.cpp" line="276"/>
        <source>%1 answered, but not as a GitHub Enterprise server. Check the address.</source>
        <translation>%1이(가) 응답했지만 GitHub Enterprise 서버가 아닙니다. 주소를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../src/models/welcomecontroller.cpp" line="317"/>
        <source>Checking your account on %1…</source>
        <translation>%1의 계정을 확인하는 중…</translation>
    </message>
    <message>
        <location filename="../src/models/welcomecontroller.cpp" line="330"/>
        <source>%1 no longer accepts the token Atrium kept. Sign in again.</source>
        <translation>%1이(가) Atrium에 저장된 토큰을 더 이상 받지 않습니다. 다시 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../src/models/welcomecontroller.cpp" line="351"/>
        <source>Signing in with the browser needs your organisation&apos;s OAuth app (ATRIUM_GITHUB_CLIENT_ID). Use a personal access token instead.</source>
        <translation>브라우저 로그인에는 조직의 OAuth 앱(ATRIUM_GITHUB_CLIENT_ID)이 필요합니다. 대신 개인 액세스 토큰을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../src/models/welcomecontroller.cpp" line="391"/>
        <source>Paste a personal access token, or sign in with the browser.</source>
        <translation>개인 액세스 토큰을 붙여 넣거나 브라우저로 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../src/models/welcomecontroller.cpp" line="396"/>
        <source>Checking the token…</source>
        <translation>토큰을 확인하는 중…</translation>
    </message>
    <message>
        <location filename="../src/models/welcomecontroller.cpp" line="401"/>
        <source>%1 refused this token: it is wrong, expired or revoked.</source>
        <translation>%1이(가) 이 토큰을 거부했습니다: 잘못되었거나 만료되었거나 취소된 토큰입니다.</translation>
    </message>
    <message>
        <location filename="../src/models/welcomecontroller.cpp" line="407"/>
        <source>The token works, but there is nowhere to keep it: set ATRIUM_GITHUB_TOKEN instead.</source>
        <translation>토큰은 유효하지만 보관할 곳이 없습니다: 대신 ATRIUM_GITHUB_TOKEN을 설정하세요.</translation>
    </message>
    <message>
        <location filename="../src/models/welcomecontroller.cpp" line="412"/>
        <location filename="../src/models/welcomecontroller.cpp" line="514"/>
        <source>The token could not be stored in the system keychain.</source>
        <translation>토큰을 시스템 키체인에 저장하지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../src/models/welcomecontroller.cpp" line="426"/>
        <source>“%1” is not an organisation name: letters, digits and hyphens only.</source>
        <translation>“%1”은(는) 조직 이름이 아닙니다: 영문자, 숫자, 하이픈만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/models/welcomecontroller.cpp" line="431"/>
        <source>Checking %1…</source>
        <translation>%1 확인 중…</translation>
    </message>
    <message>
        <location filename="../src/models/welcomecontroller.cpp" line="437"/>
        <source>%1 has no organisation “%2” that you can see.</source>
        <translation>%1에 볼 수 있는 조직 “%2”이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/models/welcomecontroller.cpp" line="479"/>
        <source>Enter the address of your Backstage, such as https://backstage.example.com.</source>
        <translation>https://backstage.example.com 같은 Backstage 주소를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../src/models/welcomecontroller.cpp" line="492"/>
        <source>Connecting to %1…</source>
        <translation>%1에 연결하는 중…</translation>
    </message>
    <message>
        <location filename="../src/models/welcomecontroller.cpp" line="509"/>
        <source>Backstage let Atrium in, but there is nowhere to keep the token: set ATRIUM_BACKSTAGE_TOKEN instead.</source>
        <translation>Backstage에 연결했지만 토큰을 보관할 곳이 없습니다: 대신 ATRIUM_BACKSTAGE_TOKEN을 설정하세요.</translation>
    </message>
    <message>
        <location filename="../src/models/welcomecontroller.cpp" line="540"/>
        <source>There is no configuration to write to.</source>
        <translation>기록할 설정이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/models/welcomecontroller.cpp" line="578"/>
        <source>The sync was cancelled. Sync again, or close this and sync later from the Sync page.</source>
        <translation>동기화가 취소되었습니다. 다시 동기화하거나, 이 창을 닫고 나중에 동기화 페이지에서 동기화하세요.</translation>
    </message>
</context>
<context>
    <name>atrium::docs</name>
    <message>
        <location filename="../src/services/docs/markdownrenderer.cpp" line="311"/>
        <source>more problems on this page are not listed</source>
        <translation>이 페이지의 다른 문제는 표시하지 않습니다</translation>
    </message>
    <message>
        <location filename="../src/services/docs/markdownrenderer.cpp" line="1301"/>
        <source>the page is larger than %1 characters; the rest is not shown</source>
        <translation>페이지가 %1자를 넘어 나머지는 표시하지 않습니다</translation>
    </message>
    <message>
        <location filename="../src/services/docs/markdownrenderer.cpp" line="1306"/>
        <source>link to &quot;#%1&quot;: the page has no such heading</source>
        <translation>&quot;#%1&quot; 링크: 이 페이지에 그런 제목이 없습니다</translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="149"/>
        <source>Home</source>
        <translation>홈</translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="864"/>
        <source>the techdocs-ref &quot;%1&quot; names no folder</source>
        <translation>techdocs-ref &quot;%1&quot;에 폴더가 없습니다</translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="866"/>
        <source>the techdocs-ref &quot;%1&quot; must name a folder relative to the entity&apos;s file</source>
        <translation>techdocs-ref &quot;%1&quot;은(는) 엔터티 파일 기준의 상대 폴더여야 합니다</translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="881"/>
        <source>the techdocs-ref &quot;%1&quot; cannot be read from %2: %3</source>
        <translation>techdocs-ref &quot;%1&quot;을(를) %2에서 읽을 수 없습니다: %3</translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="887"/>
        <source>the techdocs-ref &quot;%1&quot; is not an http(s) URL</source>
        <translation>techdocs-ref &quot;%1&quot;은(는) http(s) URL이 아닙니다</translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="890"/>
        <source>the techdocs-ref &quot;%1&quot; does not name a repository (https://HOST/OWNER/REPO/tree/REF/PATH)</source>
        <translation>techdocs-ref &quot;%1&quot;에 저장소가 없습니다 (https://HOST/OWNER/REPO/tree/REF/PATH)</translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="904"/>
        <source>the techdocs-ref &quot;%1&quot; is not a GitHub tree URL (https://HOST/OWNER/REPO/tree/REF/PATH)</source>
        <translation>techdocs-ref &quot;%1&quot;은(는) GitHub 트리 URL이 아닙니다 (https://HOST/OWNER/REPO/tree/REF/PATH)</translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="916"/>
        <source>the techdocs-ref &quot;%1&quot; is neither dir:… nor url:…</source>
        <translation>techdocs-ref &quot;%1&quot;은(는) dir:…도 url:…도 아닙니다</translation>
    </message>
</context>
<context>
    <name>atrium::docs::DocsImport</name>
    <message>
        <location filename="../src/services/docs/docsimport.cpp" line="50"/>
        <source>The docs at %1 are read by a GitHub sync, not by a local import.</source>
        <translation>%1의 문서는 로컬 가져오기가 아니라 GitHub 동기화로 읽습니다.</translation>
    </message>
</context>
<context>
    <name>atrium::docs::DocsStore</name>
    <message>
        <location filename="../src/services/docs/docsstore.cpp" line="136"/>
        <source>not given</source>
        <translation>지정되지 않음</translation>
    </message>
    <message>
        <location filename="../src/services/docs/docsstore.cpp" line="151"/>
        <source>The catalog cache is not open.</source>
        <translation>카탈로그 캐시가 열려 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/docs/docsstore.cpp" line="159"/>
        <source>Could not store the docs of %1: %2</source>
        <translation>%1의 문서를 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/services/docs/docsstore.cpp" line="188"/>
        <source>cannot read page %1: %2</source>
        <translation>페이지 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/services/docs/docsstore.cpp" line="227"/>
        <source>cannot read image %1: %2</source>
        <translation>이미지 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/services/docs/docsstore.cpp" line="235"/>
        <source>image %1 is not kept offline: the site&apos;s images pass %2 MB</source>
        <translation>이미지 %1은(는) 오프라인으로 보관하지 않습니다: 사이트 이미지가 %2MB를 넘습니다</translation>
    </message>
    <message>
        <location filename="../src/services/docs/docsstore.cpp" line="284"/>
        <source>Could not remove the docs of %1: %2</source>
        <translation>%1의 문서를 제거할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>atrium::docs::Renderer</name>
    <message>
        <location filename="../src/services/docs/markdownrenderer.cpp" line="543"/>
        <source>link &quot;%1&quot; uses a scheme Atrium does not open; it is left out</source>
        <translation>링크 &quot;%1&quot;은(는) Atrium이 열지 않는 스킴을 사용하므로 제외합니다</translation>
    </message>
    <message>
        <location filename="../src/services/docs/markdownrenderer.cpp" line="555"/>
        <source>link to &quot;%1&quot;: the site has no page %2</source>
        <translation>&quot;%1&quot; 링크: 사이트에 %2 페이지가 없습니다</translation>
    </message>
    <message>
        <location filename="../src/services/docs/markdownrenderer.cpp" line="979"/>
        <source>admonitions nested deeper than %1 levels are shown as text</source>
        <translation>%1단계보다 깊게 중첩된 안내 상자는 텍스트로 표시합니다</translation>
    </message>
</context>
<context>
    <name>atrium::docs::SearchIndex</name>
    <message>
        <location filename="../src/services/docs/searchindex.cpp" line="296"/>
        <source>The catalog cache is not open.</source>
        <translation>카탈로그 캐시가 열려 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/docs/searchindex.cpp" line="303"/>
        <source>Could not rebuild the search index: %1</source>
        <translation>검색 색인을 다시 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/services/docs/searchindex.cpp" line="365"/>
        <location filename="../src/services/docs/searchindex.cpp" line="374"/>
        <source>Search failed: %1</source>
        <translation>검색 실패: %1</translation>
    </message>
</context>
<context>
    <name>atrium::docs::SiteLoader</name>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="266"/>
        <source>cannot read mkdocs.yml: %1</source>
        <translation>mkdocs.yml을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="278"/>
        <source>mkdocs.yml must be a mapping of settings (site_name, nav, …)</source>
        <translation>mkdocs.yml은 설정의 매핑이어야 합니다 (site_name, nav, …)</translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="281"/>
        <source>mkdocs.yml is empty</source>
        <translation>mkdocs.yml이 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="291"/>
        <source>site_name is missing; mkdocs requires it</source>
        <translation>site_name이 없습니다. mkdocs에 필요합니다</translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="302"/>
        <source>docs_dir &quot;%1&quot; leaves the folder of mkdocs.yml</source>
        <translation>docs_dir &quot;%1&quot;이(가) mkdocs.yml 폴더 밖을 가리킵니다</translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="307"/>
        <source>docs_dir must be a folder name</source>
        <translation>docs_dir은 폴더 이름이어야 합니다</translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="318"/>
        <source>nav must be a list; the pages are listed from the docs folder instead</source>
        <translation>nav는 목록이어야 합니다. 대신 docs 폴더의 페이지를 나열합니다</translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="337"/>
        <source>the docs folder &quot;%1&quot; does not exist next to mkdocs.yml</source>
        <translation>mkdocs.yml 옆에 docs 폴더 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="339"/>
        <source>the docs folder &quot;%1&quot; holds no Markdown pages</source>
        <translation>docs 폴더 &quot;%1&quot;에 Markdown 페이지가 없습니다</translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="397"/>
        <source>both index.md and README.md are in the folder; README.md is skipped, as mkdocs does</source>
        <translation>폴더에 index.md와 README.md가 모두 있어 mkdocs처럼 README.md를 건너뜁니다</translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="411"/>
        <source>nav is nested deeper than 32 levels; the rest is left out</source>
        <translation>nav가 32단계보다 깊게 중첩되어 나머지는 제외합니다</translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="425"/>
        <source>empty nav entry</source>
        <translation>빈 nav 항목</translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="429"/>
        <source>a nav entry takes one &quot;Title: page.md&quot; pair; only &quot;%1&quot; is used</source>
        <translation>nav 항목에는 &quot;제목: page.md&quot; 쌍 하나만 씁니다. &quot;%1&quot;만 사용합니다</translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="434"/>
        <source>a nav entry must be a page, a &quot;Title: page.md&quot; pair or a section</source>
        <translation>nav 항목은 페이지, &quot;제목: page.md&quot; 쌍 또는 섹션이어야 합니다</translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="457"/>
        <source>nav entry &quot;%1&quot; points outside the docs folder</source>
        <translation>nav 항목 &quot;%1&quot;이(가) docs 폴더 밖을 가리킵니다</translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="460"/>
        <source>nav entry &quot;%1&quot; names a page that is not in the docs folder (%2)</source>
        <translation>nav 항목 &quot;%1&quot;의 페이지가 docs 폴더에 없습니다 (%2)</translation>
    </message>
    <message>
        <location filename="../src/services/docs/mkdocssite.cpp" line="465"/>
        <source>nav entry &quot;%1&quot; has no page</source>
        <translation>nav 항목 &quot;%1&quot;에 페이지가 없습니다</translation>
    </message>
</context>
<context>
    <name>atrium::docs::Transaction</name>
    <message>
        <location filename="../src/services/docs/docsstore.cpp" line="65"/>
        <source>Could not start writing docs to the cache: %1</source>
        <translation>캐시에 문서 쓰기를 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/services/docs/docsstore.cpp" line="73"/>
        <source>Could not save docs in the cache: %1</source>
        <translation>캐시에 문서를 저장할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>atrium::metrics</name>
    <message>
        <location filename="../src/core/metrics/csv.cpp" line="32"/>
        <source>The text encoding %1 is not known; the file was not read.</source>
        <translation>텍스트 인코딩 %1을(를) 알 수 없어 파일을 읽지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/csv.cpp" line="39"/>
        <source>The file is not valid text in its encoding; unreadable bytes were replaced. Save it as &quot;CSV UTF-8&quot;, or choose its encoding.</source>
        <translation>파일이 해당 인코딩의 올바른 텍스트가 아닙니다. 읽을 수 없는 바이트는 대체했습니다. &quot;CSV UTF-8&quot;로 저장하거나 인코딩을 고르세요.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/csv.cpp" line="114"/>
        <source>Text follows a closing quote; it was kept as part of the field.</source>
        <translation>닫는 따옴표 뒤에 글자가 있습니다. 필드의 일부로 남겨 두었습니다.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/csv.cpp" line="123"/>
        <source>The quote opened on line %1 is never closed; the rest of the file was read as one field.</source>
        <translation>%1행에서 연 따옴표가 닫히지 않아 파일의 나머지를 한 필드로 읽었습니다.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/csv.cpp" line="140"/>
        <source>A field is longer than %1 characters; it was cut.</source>
        <translation>필드가 %1자보다 길어 잘랐습니다.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/csv.cpp" line="151"/>
        <source>The row has more than %1 fields; the rest were dropped.</source>
        <translation>행의 필드가 %1개보다 많아 나머지는 버렸습니다.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/csv.cpp" line="169"/>
        <source>The file has more than %1 rows; the rest were not read.</source>
        <translation>파일의 행이 %1개보다 많아 나머지는 읽지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/csv.cpp" line="176"/>
        <source>The row has %1 fields where the header has %2.</source>
        <translation>머리글에는 필드가 %2개인데 이 행에는 %1개입니다.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/csv.cpp" line="178"/>
        <source>The row has %1 fields where the first row has %2.</source>
        <translation>첫 행에는 필드가 %2개인데 이 행에는 %1개입니다.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/csv.cpp" line="196"/>
        <source>Further problems in this file are not listed.</source>
        <translation>이 파일의 나머지 문제는 표시하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/csv.cpp" line="279"/>
        <source>The file is larger than %1 MB and was not read.</source>
        <translation>파일이 %1MB보다 커서 읽지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/dora.cpp" line="179"/>
        <source>The deployment ends before its commit was made; its lead time is left out.</source>
        <translation>배포가 커밋보다 먼저 끝나 리드 타임에서 제외했습니다.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/dora.cpp" line="197"/>
        <source>The incident is resolved before it was opened; it is left out.</source>
        <translation>장애가 열리기 전에 해결되어 제외했습니다.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/dora.cpp" line="231"/>
        <source>No production deployment was found in this period. Choose where deployments come from (GitHub deployments, releases or default-branch workflow runs) and sync.</source>
        <translation>이 기간에 프로덕션 배포가 없습니다. 배포를 어디서 읽을지(GitHub 배포, 릴리스, 기본 브랜치 워크플로 실행) 고르고 동기화하세요.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/dora.cpp" line="237"/>
        <source>Deployment frequency needs a period with a start and an end.</source>
        <translation>배포 빈도에는 시작과 끝이 있는 기간이 필요합니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/metrics/dora.cpp" line="241"/>
        <source>The commits of the %n successful deployments are not known; sync the repositories&apos; commit history.</source>
        <translation>
            <numerusform>성공한 배포 %n회의 커밋을 알 수 없습니다. 저장소의 커밋 기록을 동기화하세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/metrics/dora.cpp" line="246"/>
        <source>None of the %n incidents is resolved yet.</source>
        <translation>
            <numerusform>장애 %n건 중 해결된 것이 아직 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/metrics/dora.cpp" line="248"/>
        <source>No incident was opened in this period. Configure the label of incident issues to measure recovery time.</source>
        <translation>이 기간에 열린 장애가 없습니다. 복구 시간을 재려면 장애 이슈의 레이블을 설정하세요.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/goldenpath.cpp" line="33"/>
        <source>The workflow is not valid YAML and was skipped: %1</source>
        <translation>워크플로가 올바른 YAML이 아니어서 건너뛰었습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/goldenpath.cpp" line="201"/>
        <source>No golden workflow is configured. Set the `uses:` pattern of your golden reusable workflow in the Insights settings.</source>
        <translation>골든 워크플로가 설정되지 않았습니다. 인사이트 설정에서 골든 재사용 워크플로의 `uses:` 패턴을 지정하세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/metrics/goldenpath.cpp" line="205"/>
        <source>No active repository has been synced (%n archived ones are left out). Add a GitHub organisation to the sync settings and sync.</source>
        <translation>
            <numerusform>동기화된 활성 저장소가 없습니다(보관된 저장소 %n개는 제외). 동기화 설정에 GitHub 조직을 추가하고 동기화하세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/metrics/kpi.cpp" line="41"/>
        <source>DevOps Internal Developer Platform Playbook 2026, Play 8, &quot;KPI Target Values&quot; table</source>
        <translation>DevOps 내부 개발자 플랫폼 플레이북 2026, Play 8, &quot;KPI 목표값&quot; 표</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/kpi.cpp" line="43"/>
        <source>DORA, 2024 Accelerate State of DevOps report, software delivery performance levels</source>
        <translation>DORA, 2024 Accelerate State of DevOps 보고서, 소프트웨어 딜리버리 성과 등급</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/kpi.cpp" line="47"/>
        <source>Service creation lead time</source>
        <translation>서비스 생성 리드 타임</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/kpi.cpp" line="48"/>
        <source>Median time from starting a software template to the finished service, over completed scaffolder tasks.</source>
        <translation>완료된 스캐폴더 작업에서 소프트웨어 템플릿을 시작해 서비스가 완성되기까지 걸린 시간의 중앙값입니다.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/kpi.cpp" line="51"/>
        <source>Target: 30 minutes or less. Good: 1 hour or less. Average: less than 1 week (the playbook&apos;s 1–3 days, and the gaps either side of it, which reach no better band). Poor: 1 week or more.</source>
        <translation>목표: 30분 이하. 좋음: 1시간 이하. 보통: 1주 미만(플레이북의 1–3일과, 더 나은 등급에 들지 못하는 그 앞뒤 구간). 나쁨: 1주 이상.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/kpi.cpp" line="58"/>
        <source>Golden path adoption</source>
        <translation>골든 패스 도입률</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/kpi.cpp" line="59"/>
        <source>Share of active (not archived) repositories whose CI workflows call the organisation&apos;s golden reusable workflow.</source>
        <translation>활성(보관되지 않은) 저장소 가운데 CI 워크플로가 조직의 골든 재사용 워크플로를 호출하는 저장소의 비율입니다.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/kpi.cpp" line="62"/>
        <source>Target: 80% or more. Good: 60% or more. Average: 30% or more. Poor: below 30%. A value on an edge two bands share goes to the better band.</source>
        <translation>목표: 80% 이상. 좋음: 60% 이상. 보통: 30% 이상. 나쁨: 30% 미만. 두 등급의 경계값은 더 나은 등급으로 봅니다.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/kpi.cpp" line="69"/>
        <source>Developer NPS</source>
        <translation>개발자 NPS</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/kpi.cpp" line="70"/>
        <source>Net Promoter Score of the developer survey: % promoters (9–10) minus % detractors (0–6).</source>
        <translation>개발자 설문의 순추천지수: 추천자(9–10점) 비율에서 비추천자(0–6점) 비율을 뺀 값입니다.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/kpi.cpp" line="73"/>
        <source>Target: 40 or more. Good: 20 or more. Average: 0 or more. Poor: below 0. A value on an edge two bands share goes to the better band.</source>
        <translation>목표: 40 이상. 좋음: 20 이상. 보통: 0 이상. 나쁨: 0 미만. 두 등급의 경계값은 더 나은 등급으로 봅니다.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/kpi.cpp" line="80"/>
        <location filename="../src/core/metrics/signals.cpp" line="163"/>
        <source>Onboarding time</source>
        <translation>온보딩 시간</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/kpi.cpp" line="81"/>
        <source>Median time from a developer joining to their first merged pull request.</source>
        <translation>개발자가 입사해 첫 풀 리퀘스트가 병합되기까지 걸린 시간의 중앙값입니다.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/kpi.cpp" line="84"/>
        <source>Target: 1 day or less. Good: 5 days or less (the playbook&apos;s 2–5 days, and the gap below it). Average: 2 weeks or less (1–2 weeks, and the gap below it). Poor: more than 2 weeks.</source>
        <translation>목표: 1일 이하. 좋음: 5일 이하(플레이북의 2–5일과 그 아래 구간). 보통: 2주 이하(1–2주와 그 아래 구간). 나쁨: 2주 초과.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/kpi.cpp" line="91"/>
        <source>Infrastructure tickets per month</source>
        <translation>월별 인프라 티켓</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/kpi.cpp" line="92"/>
        <source>Issues with the configured labels in the configured repositories, opened per month.</source>
        <translation>설정한 저장소에서 설정한 레이블로 한 달에 열린 이슈 수입니다.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/kpi.cpp" line="95"/>
        <source>Target: below 5. Good: 20 or fewer. Average: 50 or fewer. Poor: more than 50. A value on an edge two bands share goes to the better band.</source>
        <translation>목표: 5 미만. 좋음: 20 이하. 보통: 50 이하. 나쁨: 50 초과. 두 등급의 경계값은 더 나은 등급으로 봅니다.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/kpi.cpp" line="102"/>
        <source>Deployment frequency</source>
        <translation>배포 빈도</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/kpi.cpp" line="103"/>
        <source>Successful production deployments per day.</source>
        <translation>하루에 성공한 프로덕션 배포 수입니다.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/kpi.cpp" line="105"/>
        <source>Elite (on demand, several a day): more than 1 a day. High (daily to weekly): at least 1 a week. Medium (weekly to monthly): at least 1 every 30 days. Low: less often.</source>
        <translation>엘리트(필요할 때마다, 하루 여러 번): 하루 1회 초과. 높음(매일–매주): 주 1회 이상. 중간(매주–매월): 30일에 1회 이상. 낮음: 그보다 드물게.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/kpi.cpp" line="112"/>
        <source>Lead time for changes</source>
        <translation>변경 리드 타임</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/kpi.cpp" line="113"/>
        <source>Median time from a deployment&apos;s commit to the end of the deployment.</source>
        <translation>배포된 커밋에서 배포가 끝나기까지 걸린 시간의 중앙값입니다.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/kpi.cpp" line="116"/>
        <source>Elite: less than 1 day. High: 1 day to 1 week, both included. Medium: more than 1 week up to 30 days. Low: more than 30 days.</source>
        <translation>엘리트: 1일 미만. 높음: 1일 이상 1주 이하. 중간: 1주 초과 30일 이하. 낮음: 30일 초과.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/kpi.cpp" line="122"/>
        <source>Change failure rate</source>
        <translation>변경 실패율</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/kpi.cpp" line="123"/>
        <source>Share of deployments that failed.</source>
        <translation>실패한 배포의 비율입니다.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/kpi.cpp" line="125"/>
        <source>The 2024 levels are not ordered by this rate: elite 5%, medium 10%, high 20%, low 40% (the medium cluster traded speed for stability). A rate gets the level with the smallest published rate it does not exceed: up to 5% elite, up to 10% medium, up to 20% high, above 20% low.</source>
        <translation>2024 등급은 이 비율 순서가 아닙니다: 엘리트 5%, 중간 10%, 높음 20%, 낮음 40%(중간 그룹은 속도를 안정성과 맞바꿨습니다). 비율은 넘지 않는 가장 작은 공표 비율의 등급을 받습니다: 5% 이하 엘리트, 10% 이하 중간, 20% 이하 높음, 20% 초과 낮음.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/kpi.cpp" line="134"/>
        <source>Failed deployment recovery time</source>
        <translation>실패한 배포의 복구 시간</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/kpi.cpp" line="135"/>
        <source>Median time from an incident being opened to it being resolved.</source>
        <translation>장애가 열려서 해결되기까지 걸린 시간의 중앙값입니다.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/kpi.cpp" line="137"/>
        <source>Elite: less than 1 hour. High: less than 1 day (the report gives high and medium the same &quot;less than one day&quot;; a single value gets the better one). Medium: less than 1 week, a range no 2024 level reports. Low: 1 week or more.</source>
        <translation>엘리트: 1시간 미만. 높음: 1일 미만(보고서는 높음과 중간에 똑같이 &quot;1일 미만&quot;을 주므로 한 값은 더 나은 쪽으로 봅니다). 중간: 1주 미만(2024 보고서의 어느 등급에도 없는 구간). 낮음: 1주 이상.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/kpi.cpp" line="168"/>
        <source>No data</source>
        <translation>데이터 없음</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/kpi.cpp" line="169"/>
        <source>Poor</source>
        <translation>나쁨</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/kpi.cpp" line="170"/>
        <source>Average</source>
        <translation>보통</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/kpi.cpp" line="171"/>
        <source>Good</source>
        <translation>좋음</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/kpi.cpp" line="172"/>
        <source>On target</source>
        <translation>목표 달성</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/kpi.cpp" line="173"/>
        <source>Low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/kpi.cpp" line="174"/>
        <source>Medium</source>
        <translation>중간</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/kpi.cpp" line="175"/>
        <source>High</source>
        <translation>높음</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/kpi.cpp" line="176"/>
        <source>Elite</source>
        <translation>엘리트</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/kpi.cpp" line="349"/>
        <source>There is no data for this measure yet.</source>
        <translation>이 지표의 데이터가 아직 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/leadtime.cpp" line="43"/>
        <source>The file is not JSON (%1 at byte %2).</source>
        <translation>파일이 JSON이 아닙니다(%2바이트에서 %1).</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/leadtime.cpp" line="60"/>
        <source>The file has no &quot;tasks&quot; list; export it from /api/scaffolder/v2/tasks.</source>
        <translation>파일에 &quot;tasks&quot; 목록이 없습니다. /api/scaffolder/v2/tasks에서 내보내세요.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/leadtime.cpp" line="72"/>
        <source>The task is not an object.</source>
        <translation>작업이 객체가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/leadtime.cpp" line="79"/>
        <source>The task has no id.</source>
        <translation>작업에 id가 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/leadtime.cpp" line="90"/>
        <source>Task %1 has the unknown status &quot;%2&quot;.</source>
        <translation>작업 %1의 상태 &quot;%2&quot;을(를) 알 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/leadtime.cpp" line="97"/>
        <source>Task %1 has no readable createdAt time.</source>
        <translation>작업 %1에 읽을 수 있는 createdAt 시각이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/leadtime.cpp" line="106"/>
        <source>Task %1 is finished but has no readable lastHeartbeatAt time.</source>
        <translation>작업 %1은(는) 끝났지만 읽을 수 있는 lastHeartbeatAt 시각이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/leadtime.cpp" line="112"/>
        <source>Task %1 ends before it starts.</source>
        <translation>작업 %1이(가) 시작하기 전에 끝납니다.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/leadtime.cpp" line="193"/>
        <source>No scaffolder task completed in this period (%1 failed, %2 cancelled, %3 running). Create a service from a template, or import a Backstage /api/scaffolder/v2/tasks export.</source>
        <translation>이 기간에 완료된 스캐폴더 작업이 없습니다(실패 %1, 취소 %2, 실행 중 %3). 템플릿으로 서비스를 만들거나 Backstage /api/scaffolder/v2/tasks 내보내기를 가져오세요.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/nps.cpp" line="21"/>
        <source>There is no score.</source>
        <translation>점수가 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/nps.cpp" line="27"/>
        <source>The score &quot;%1&quot; is not a number.</source>
        <translation>점수 &quot;%1&quot;은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/nps.cpp" line="31"/>
        <source>The score %1 is not a whole number from 0 to 10.</source>
        <translation>점수 %1은(는) 0에서 10 사이의 정수가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/nps.cpp" line="164"/>
        <source>The date &quot;%1&quot; is not understood; the answer counts, but in no quarter.</source>
        <translation>날짜 &quot;%1&quot;을(를) 이해할 수 없습니다. 응답은 세지만 어느 분기에도 넣지 않습니다.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/nps.cpp" line="190"/>
        <source>The survey export could not be read.</source>
        <translation>설문 내보내기를 읽지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/nps.cpp" line="192"/>
        <source>No column is chosen as the 0–10 score. Choose it in the survey import&apos;s column mapping.</source>
        <translation>0–10점 점수로 고른 열이 없습니다. 설문 가져오기의 열 지정에서 고르세요.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/nps.cpp" line="196"/>
        <source>The survey export has no responses.</source>
        <translation>설문 내보내기에 응답이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/metrics/nps.cpp" line="198"/>
        <source>No response falls in the chosen period; %n fall outside it.</source>
        <translation>
            <numerusform>고른 기간에 든 응답이 없습니다. %n개는 기간 밖입니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/metrics/nps.cpp" line="202"/>
        <source>None of the %n rows has a score from 0 to 10; see the skipped rows.</source>
        <translation>
            <numerusform>행 %n개 중 0–10점 점수가 있는 행이 없습니다. 건너뛴 행을 확인하세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/metrics/nps.cpp" line="213"/>
        <source>Developer survey export</source>
        <translation>개발자 설문 내보내기</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/nps.cpp" line="214"/>
        <source>Developer survey export %1</source>
        <translation>개발자 설문 내보내기 %1</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/nps.cpp" line="218"/>
        <source>Import a survey export (CSV with a 0–10 score column) to see the developer NPS.</source>
        <translation>개발자 NPS를 보려면 설문 내보내기(0–10점 열이 있는 CSV)를 가져오세요.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/onboarding.cpp" line="48"/>
        <source>%1 has no join date.</source>
        <translation>%1의 입사일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/onboarding.cpp" line="55"/>
        <source>%1&apos;s first merged pull request is older than their join date; they are left out.</source>
        <translation>%1의 첫 병합 풀 리퀘스트가 입사일보다 앞서 제외했습니다.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/onboarding.cpp" line="93"/>
        <source>Nobody joined in this period, or join dates are not known. Sync the GitHub organisation&apos;s members, or configure a source of join dates.</source>
        <translation>이 기간에 입사한 사람이 없거나 입사일을 알 수 없습니다. GitHub 조직 구성원을 동기화하거나 입사일 출처를 설정하세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/metrics/onboarding.cpp" line="97"/>
        <source>None of the %n newcomers of this period has a merged pull request yet.</source>
        <translation>
            <numerusform>이 기간의 신규 입사자 %n명 중 아직 병합된 풀 리퀘스트가 있는 사람이 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/metrics/signals.cpp" line="90"/>
        <source>Software catalog</source>
        <translation>소프트웨어 카탈로그</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/signals.cpp" line="99"/>
        <source>Number of services</source>
        <translation>서비스 수</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/signals.cpp" line="111"/>
        <source>The catalog is empty. Import catalog files or sync a GitHub organisation.</source>
        <translation>카탈로그가 비어 있습니다. 카탈로그 파일을 가져오거나 GitHub 조직을 동기화하세요.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/signals.cpp" line="119"/>
        <source>Time to create a new service</source>
        <translation>새 서비스를 만드는 데 걸리는 시간</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/signals.cpp" line="123"/>
        <source>Service creation lead time (median)</source>
        <translation>서비스 생성 리드 타임(중앙값)</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/signals.cpp" line="126"/>
        <source>No completed scaffolder task is known. Create a service from a template, or import a Backstage task export.</source>
        <translation>완료된 스캐폴더 작업이 없습니다. 템플릿으로 서비스를 만들거나 Backstage 작업 내보내기를 가져오세요.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/signals.cpp" line="134"/>
        <source>Distinct CI setups</source>
        <translation>서로 다른 CI 구성</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/signals.cpp" line="135"/>
        <source>GitHub Actions workflows of active repositories</source>
        <translation>활성 저장소의 GitHub Actions 워크플로</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/signals.cpp" line="155"/>
        <source>No active repository with GitHub Actions workflows has been synced.</source>
        <translation>GitHub Actions 워크플로가 있는 활성 저장소를 동기화한 적이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/signals.cpp" line="167"/>
        <source>Onboarding time (median)</source>
        <translation>온보딩 시간(중앙값)</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/signals.cpp" line="170"/>
        <source>No newcomer with a merged pull request is known. Sync the GitHub organisation&apos;s members.</source>
        <translation>병합된 풀 리퀘스트가 있는 신규 입사자가 없습니다. GitHub 조직 구성원을 동기화하세요.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/signals.cpp" line="198"/>
        <source>The catalog has no Component entities.</source>
        <translation>카탈로그에 Component 엔티티가 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/signals.cpp" line="202"/>
        <source>Documentation coverage</source>
        <translation>문서화 비율</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/signals.cpp" line="208"/>
        <source>Runbook coverage</source>
        <translation>런북 비율</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/signals.cpp" line="220"/>
        <source>TechDocs have not been read. Sync documentation to find runbook pages.</source>
        <translation>TechDocs를 읽지 않았습니다. 런북 페이지를 찾으려면 문서를 동기화하세요.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/signals.cpp" line="224"/>
        <source>TechDocs pages whose path or title says runbook</source>
        <translation>경로나 제목에 런북이라고 적힌 TechDocs 페이지</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/signals.cpp" line="231"/>
        <source>Cost attribution coverage</source>
        <translation>비용 귀속 비율</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/signals.cpp" line="241"/>
        <source>No cost attribution key is configured. Name the annotation or label that holds the cost centre in the Insights settings.</source>
        <translation>비용 귀속 키가 설정되지 않았습니다. 인사이트 설정에서 비용 센터를 담은 어노테이션이나 레이블을 지정하세요.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/tickets.cpp" line="94"/>
        <source>No ticket labels are configured. Name the labels of infrastructure requests and the repositories they are filed in, in the Insights settings.</source>
        <translation>티켓 레이블이 설정되지 않았습니다. 인사이트 설정에서 인프라 요청의 레이블과 요청을 올리는 저장소를 지정하세요.</translation>
    </message>
    <message>
        <location filename="../src/core/metrics/tickets.cpp" line="99"/>
        <source>No period is chosen and no ticket was found; choose a period.</source>
        <translation>기간을 고르지 않았고 티켓도 없습니다. 기간을 고르세요.</translation>
    </message>
</context>
<context>
    <name>atrium::scaffolder</name>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="90"/>
        <source>%1 is %2 bytes, over the limit of %3 bytes per file (maxFileBytes).</source>
        <translation>%1은(는) %2바이트로, 파일당 한도 %3바이트(maxFileBytes)를 넘습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="94"/>
        <source>The task writes more than %1 files, the limit (maxFiles).</source>
        <translation>작업이 한도(maxFiles)인 %1개보다 많은 파일을 씁니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="99"/>
        <source>The task writes more than %1 bytes in all, the limit (maxTotalBytes).</source>
        <translation>작업이 한도(maxTotalBytes)인 총 %1바이트보다 많이 씁니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="113"/>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="200"/>
        <source>Fetching files of a template read from %1 is not supported: only GitHub file URLs (…/blob/REF/PATH) are.</source>
        <translation>%1에서 읽은 템플릿의 파일은 가져올 수 없습니다. GitHub 파일 URL(…/blob/REF/PATH)만 지원합니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="257"/>
        <source>The template&apos;s location %1 does not exist.</source>
        <translation>템플릿 위치 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="267"/>
        <source>The input &quot;url&quot; is missing.</source>
        <translation>입력 &quot;url&quot;이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="276"/>
        <source>The url %1 is an absolute path; only paths inside the template&apos;s folder can be fetched.</source>
        <translation>url %1은(는) 절대 경로입니다. 템플릿 폴더 안의 경로만 가져올 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="281"/>
        <source>The url %1 leads outside the template&apos;s folder.</source>
        <translation>url %1은(는) 템플릿 폴더 밖을 가리킵니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="291"/>
        <source>The targetPath %1 is outside the workspace: %2</source>
        <translation>targetPath %1이(가) 작업 공간 밖에 있습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="321"/>
        <source>The symbolic link %1 points outside the workspace (%2); it is not copied.</source>
        <translation>심볼릭 링크 %1이(가) 작업 공간 밖(%2)을 가리키므로 복사하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="329"/>
        <source>Cannot create the symbolic link %1.</source>
        <translation>심볼릭 링크 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="341"/>
        <location filename="../src/services/scaffolder/actions.cpp" line="543"/>
        <source>The input &quot;targetPath&quot; is missing.</source>
        <translation>입력 &quot;targetPath&quot;가 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="350"/>
        <location filename="../src/services/scaffolder/actions.cpp" line="539"/>
        <source>%1 is not a readable file of the template.</source>
        <translation>%1은(는) 읽을 수 있는 템플릿 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="353"/>
        <location filename="../src/services/scaffolder/actions.cpp" line="360"/>
        <source>Fetching %1 to %2</source>
        <translation>%1을(를) %2(으)로 가져오는 중</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="357"/>
        <location filename="../src/services/scaffolder/actions.cpp" line="426"/>
        <source>%1 is not a folder of the template.</source>
        <translation>%1은(는) 템플릿의 폴더가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="377"/>
        <location filename="../src/services/scaffolder/actions.cpp" line="515"/>
        <source>Cannot read %1.</source>
        <translation>%1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="413"/>
        <source>%1: line %2: %3</source>
        <translation>%1: %2행: %3</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="440"/>
        <source>templateFileExtension cannot be combined with copyWithoutTemplating or cookiecutterCompat.</source>
        <translation>templateFileExtension은 copyWithoutTemplating 또는 cookiecutterCompat과 함께 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="444"/>
        <source>copyWithoutRender is ignored, as in Backstage since scaffolder-backend 2.0; use copyWithoutTemplating.</source>
        <translation>scaffolder-backend 2.0 이후의 Backstage처럼 copyWithoutRender는 무시합니다. copyWithoutTemplating을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="471"/>
        <source>Fetching template content from %1 to %2</source>
        <translation>템플릿 내용을 %1에서 %2(으)로 가져오는 중</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="475"/>
        <location filename="../src/services/scaffolder/actions.cpp" line="1035"/>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="488"/>
        <source>the path %1</source>
        <translation>경로 %1</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="491"/>
        <source>Skipping %1: its rendered path is empty</source>
        <translation>%1 건너뜀: 렌더링한 경로가 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="497"/>
        <source>The rendered path %1 is outside the workspace: %2</source>
        <translation>렌더링한 경로 %1이(가) 작업 공간 밖에 있습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="510"/>
        <location filename="../src/services/scaffolder/actions.cpp" line="550"/>
        <source>Keeping the existing file %1</source>
        <translation>기존 파일 %1을(를) 유지합니다</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="560"/>
        <source>Fetching template file %1 to %2</source>
        <translation>템플릿 파일 %1을(를) %2(으)로 가져오는 중</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="574"/>
        <source>Workspace:</source>
        <translation>작업 공간:</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="589"/>
        <source>fs:delete needs &quot;files&quot;, a list of paths or globs.</source>
        <translation>fs:delete에는 경로나 glob 목록인 &quot;files&quot;가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="596"/>
        <source>Refusing to delete %1: it is outside the workspace.</source>
        <translation>%1을(를) 삭제하지 않습니다: 작업 공간 밖에 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="603"/>
        <location filename="../src/services/scaffolder/actions.cpp" line="609"/>
        <source>Deleted %1</source>
        <translation>%1을(를) 삭제했습니다</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="620"/>
        <source>fs:rename needs &quot;files&quot;, a list of {from, to}.</source>
        <translation>fs:rename에는 {from, to} 목록인 &quot;files&quot;가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="627"/>
        <source>Each fs:rename entry needs &quot;from&quot; and &quot;to&quot;.</source>
        <translation>fs:rename 항목마다 &quot;from&quot;과 &quot;to&quot;가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="634"/>
        <source>Refusing to rename %1 to %2: both must be inside the workspace.</source>
        <translation>%1을(를) %2(으)로 바꾸지 않습니다: 둘 다 작업 공간 안에 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="638"/>
        <source>Cannot rename %1: there is no such file in the workspace.</source>
        <translation>%1의 이름을 바꿀 수 없습니다: 작업 공간에 그런 파일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="643"/>
        <source>Cannot rename %1 to %2: the destination exists (set overwrite: true).</source>
        <translation>%1을(를) %2(으)로 바꿀 수 없습니다: 대상이 이미 있습니다 (overwrite: true로 설정하세요).</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="653"/>
        <source>Cannot rename %1 to %2.</source>
        <translation>%1을(를) %2(으)로 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="656"/>
        <source>Renamed %1 to %2</source>
        <translation>%1을(를) %2(으)로 바꿨습니다</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="667"/>
        <source>The filePath %1 is outside the workspace.</source>
        <translation>filePath %1이(가) 작업 공간 밖에 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="670"/>
        <source>Writing the catalog file %1</source>
        <translation>카탈로그 파일 %1 쓰는 중</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="685"/>
        <source>The repoUrl &quot;%1&quot; is not of the form host?owner=OWNER&amp;repo=REPO.</source>
        <translation>repoUrl &quot;%1&quot;이(가) host?owner=OWNER&amp;repo=REPO 형식이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="693"/>
        <source>The repoUrl &quot;%1&quot; needs both owner and repo.</source>
        <translation>repoUrl &quot;%1&quot;에는 owner와 repo가 모두 필요합니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="698"/>
        <source>The host %1 is not among the template&apos;s allowedHosts (%2).</source>
        <translation>호스트 %1은(는) 템플릿의 allowedHosts(%2)에 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="708"/>
        <source>No GitHub integration is configured for %1 (integrations.github in the configuration), or there is no token for it.</source>
        <translation>%1에 대한 GitHub 연동이 설정되지 않았거나(설정의 integrations.github) 토큰이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="722"/>
        <source>%1 failed: %2</source>
        <translation>%1 실패: %2</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="759"/>
        <source>The sourcePath %1 is outside the workspace.</source>
        <translation>sourcePath %1이(가) 작업 공간 밖에 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="764"/>
        <source>Dry run: would create the %1 repository %2/%3 on %4 (description &quot;%5&quot;, topics %6)</source>
        <translation>시험 실행: %4에 %1 저장소 %2/%3을(를) 만들 예정 (설명 &quot;%5&quot;, 토픽 %6)</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="766"/>
        <source>Dry run: would push the files of %1 to its %2 branch</source>
        <translation>시험 실행: %1의 파일을 %2 브랜치에 푸시할 예정</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="779"/>
        <source>Looking up the owner %1</source>
        <translation>소유자 %1 확인 중</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="801"/>
        <location filename="../src/services/scaffolder/actions.cpp" line="805"/>
        <source>Creating the repository %1/%2</source>
        <translation>저장소 %1/%2 만드는 중</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="815"/>
        <source>Setting the topics</source>
        <translation>토픽 설정 중</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="819"/>
        <source>Pushing the workspace to %1</source>
        <translation>작업 공간을 %1에 푸시하는 중</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="834"/>
        <source>Pushed commit %1 to %2</source>
        <translation>커밋 %1을(를) %2에 푸시했습니다</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="851"/>
        <source>Gave %1 %2 access</source>
        <translation>%1에게 %2 권한을 주었습니다</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="853"/>
        <source>Warning: %1 could not be given %2 access: %3</source>
        <translation>경고: %1에게 %2 권한을 줄 수 없습니다: %3</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="854"/>
        <source>Adding a collaborator</source>
        <translation>협업자 추가</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="874"/>
        <source>Warning: the default branch could not be protected: %1</source>
        <translation>경고: 기본 브랜치를 보호하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="874"/>
        <source>Branch protection</source>
        <translation>브랜치 보호</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="890"/>
        <source>publish:github:pull-request needs &quot;branchName&quot; and &quot;title&quot;.</source>
        <translation>publish:github:pull-request에는 &quot;branchName&quot;과 &quot;title&quot;이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="898"/>
        <source>The sourcePath %1 or targetPath %2 leaves its folder.</source>
        <translation>sourcePath %1 또는 targetPath %2가 폴더 밖으로 나갑니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="902"/>
        <source>Dry run: would commit the files of %1 under %2 on a new branch %3 of %4/%5</source>
        <translation>시험 실행: %1의 파일을 %4/%5의 새 브랜치 %3의 %2 아래에 커밋할 예정</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="904"/>
        <source>Dry run: would open the pull request &quot;%1&quot;</source>
        <translation>시험 실행: 풀 리퀘스트 &quot;%1&quot;을(를) 열 예정</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="916"/>
        <source>Reading the repository %1/%2</source>
        <translation>저장소 %1/%2 읽는 중</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="930"/>
        <source>Committing to the branch %1 of %2/%3</source>
        <translation>%2/%3의 브랜치 %1에 커밋하는 중</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="943"/>
        <source>Opening the pull request</source>
        <translation>풀 리퀘스트 여는 중</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="954"/>
        <source>Warning: reviewers could not be requested: %1</source>
        <translation>경고: 리뷰어를 요청하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="954"/>
        <source>Requesting reviewers</source>
        <translation>리뷰어 요청 중</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="961"/>
        <source>Warning: the pull request could not be assigned: %1</source>
        <translation>경고: 풀 리퀘스트 담당자를 지정할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="961"/>
        <source>Assigning the pull request</source>
        <translation>풀 리퀘스트 담당자 지정</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="964"/>
        <source>Opened pull request #%1: %2</source>
        <translation>풀 리퀘스트 #%1을(를) 열었습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="979"/>
        <source>Dry run: would start the workflow %1 of %2/%3 on %4</source>
        <translation>시험 실행: %2/%3의 워크플로 %1을(를) %4에서 시작할 예정</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="990"/>
        <source>Starting the workflow %1</source>
        <translation>워크플로 %1 시작 중</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="993"/>
        <source>Started the workflow %1 on %2</source>
        <translation>%2에서 워크플로 %1을(를) 시작했습니다</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="1004"/>
        <source>Dry run: would enable GitHub Pages (%1) for %2/%3</source>
        <translation>시험 실행: %2/%3에 GitHub Pages(%1)를 켤 예정</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="1015"/>
        <source>Enabling GitHub Pages</source>
        <translation>GitHub Pages 켜는 중</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="1018"/>
        <source>Enabled GitHub Pages for %1/%2</source>
        <translation>%1/%2에 GitHub Pages를 켰습니다</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="1027"/>
        <source>debug:wait waits at most 10 minutes.</source>
        <translation>debug:wait는 최대 10분까지만 기다립니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="1030"/>
        <source>Waiting %1 ms</source>
        <translation>%1ms 기다리는 중</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="1051"/>
        <source>catalog:register needs &quot;catalogInfoUrl&quot;, or &quot;repoContentsUrl&quot; and &quot;catalogInfoPath&quot;.</source>
        <translation>catalog:register에는 &quot;catalogInfoUrl&quot;, 또는 &quot;repoContentsUrl&quot;과 &quot;catalogInfoPath&quot;가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="1082"/>
        <source>Dry run: would register %1 in the catalog</source>
        <translation>시험 실행: %1을(를) 카탈로그에 등록할 예정</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="1090"/>
        <source>No catalog cache to register %1 in; skipped (optional)</source>
        <translation>%1을(를) 등록할 카탈로그 캐시가 없어 건너뜁니다 (선택 사항)</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="1093"/>
        <source>There is no catalog cache to register %1 in.</source>
        <translation>%1을(를) 등록할 카탈로그 캐시가 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="1099"/>
        <source>Cannot record the location %1: %2</source>
        <translation>위치 %1을(를) 기록할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="1112"/>
        <source>Warning: the new entity is not in the cache yet (the next sync reads it): %1</source>
        <translation>경고: 새 엔티티가 아직 캐시에 없습니다 (다음 동기화 때 읽습니다): %1</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="1114"/>
        <source>Registered %1</source>
        <translation>%1을(를) 등록했습니다</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="1160"/>
        <source>argocd:create-resources needs &quot;appName&quot; and &quot;repoUrl&quot;.</source>
        <translation>argocd:create-resources에는 &quot;appName&quot;과 &quot;repoUrl&quot;이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="1181"/>
        <source>Dry run: would create the Argo CD project %1 on the instance %2</source>
        <translation>시험 실행: 인스턴스 %2에 Argo CD 프로젝트 %1을(를) 만들 예정</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="1182"/>
        <source>Dry run: would create the Argo CD application %1 on the instance %2 (%3 at %4, namespace %5)</source>
        <translation>시험 실행: 인스턴스 %2에 Argo CD 애플리케이션 %1을(를) 만들 예정 (%3, %4, 네임스페이스 %5)</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="1191"/>
        <source>No Argo CD instance named &quot;%1&quot; is configured (argocd.appLocatorMethods[].instances[]).</source>
        <translation>&quot;%1&quot;(이)라는 Argo CD 인스턴스가 설정되어 있지 않습니다 (argocd.appLocatorMethods[].instances[]).</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="1204"/>
        <source>The Argo CD project %1 exists already; it is used as it is</source>
        <translation>Argo CD 프로젝트 %1이(가) 이미 있어 그대로 사용합니다</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="1206"/>
        <source>Argo CD refused to create the project %1: HTTP %2 %3</source>
        <translation>Argo CD가 프로젝트 %1 생성을 거부했습니다: HTTP %2 %3</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="1209"/>
        <source>Created the Argo CD project %1 on %2</source>
        <translation>%2에 Argo CD 프로젝트 %1을(를) 만들었습니다</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="1215"/>
        <source>Argo CD already has an application %1 with a different spec; it was not changed. Delete or rename it, or change appName.</source>
        <translation>Argo CD에 스펙이 다른 애플리케이션 %1이(가) 이미 있어 바꾸지 않았습니다. 삭제하거나 이름을 바꾸거나 appName을 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="1198"/>
        <location filename="../src/services/scaffolder/actions.cpp" line="1217"/>
        <source>Argo CD at %1 could not be reached: %2</source>
        <translation>%1의 Argo CD에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="143"/>
        <source>Reading %1 from %2/%3</source>
        <translation>%2/%3에서 %1 읽기</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="156"/>
        <source>%1 has more than %2 files, the limit (maxFiles).</source>
        <translation>%1에 한도(maxFiles)인 %2개보다 많은 파일이 있습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="161"/>
        <source>Reading %1 of %2</source>
        <translation>%2의 %1 읽기</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="179"/>
        <source>Cannot copy %1 of %2.</source>
        <translation>%2의 %1을(를) 복사할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="186"/>
        <source>Read %1 files of %2 from %3/%4 at %5</source>
        <translation>%3/%4의 %5에서 %2의 파일 %1개를 읽었습니다</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="207"/>
        <source>the template</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="219"/>
        <source>Fetching from %1 is not supported: only GitHub folder and file URLs (https://HOST/OWNER/REPO/tree/REF/PATH) and urls relative to the template are.</source>
        <translation>%1에서 가져오기는 지원하지 않습니다. GitHub 폴더·파일 URL(https://HOST/OWNER/REPO/tree/REF/PATH)과 템플릿 기준 상대 URL만 됩니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="225"/>
        <source>%1 names no file.</source>
        <translation>%1에는 파일 이름이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="241"/>
        <source>%1 is not in the repository.</source>
        <translation>%1이(가) 저장소에 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="1219"/>
        <source>Argo CD refused to create the application %1: HTTP %2 %3</source>
        <translation>Argo CD가 애플리케이션 %1 생성을 거부했습니다: HTTP %2 %3</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="1222"/>
        <source>Created the Argo CD application %1 on %2</source>
        <translation>%2에 Argo CD 애플리케이션 %1을(를) 만들었습니다</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="1233"/>
        <source>%1 is an absolute path</source>
        <translation>%1은(는) 절대 경로입니다</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="1238"/>
        <source>%1 leads outside its folder</source>
        <translation>%1은(는) 폴더 밖을 가리킵니다</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="1248"/>
        <source>%1 goes through a dangling symbolic link</source>
        <translation>%1은(는) 끊어진 심볼릭 링크를 거칩니다</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="1252"/>
        <source>%1 goes through a symbolic link that leads outside its folder</source>
        <translation>%1은(는) 폴더 밖을 가리키는 심볼릭 링크를 거칩니다</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="1367"/>
        <source>Notification (not sent; Atrium has no notification service): %1</source>
        <translation>알림 (보내지 않음: Atrium에는 알림 서비스가 없습니다): %1</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/actions.cpp" line="1370"/>
        <source>The action &quot;%1&quot; is not supported by Atrium.</source>
        <translation>Atrium은 &quot;%1&quot; 액션을 지원하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/gitpush.cpp" line="76"/>
        <source>Cannot read %1 to commit it.</source>
        <translation>커밋하려고 %1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/gitpush.cpp" line="144"/>
        <source>Pushing to %1 failed: %2</source>
        <translation>%1에 푸시하지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/gitpush.cpp" line="191"/>
        <source>Cloning %1 failed: %2</source>
        <translation>%1을(를) 클론하지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/gitpush.cpp" line="199"/>
        <source>The branch %1 does not exist in %2.</source>
        <translation>%2에 브랜치 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/taskrunner.cpp" line="224"/>
        <source>Cannot create the task&apos;s workspace folder %1.</source>
        <translation>작업 공간 폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/taskrunner.cpp" line="268"/>
        <source>The step&apos;s &quot;if&quot; cannot be evaluated: %1</source>
        <translation>단계의 &quot;if&quot;를 계산할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/taskrunner.cpp" line="290"/>
        <source>The step&apos;s &quot;each&quot; cannot be evaluated: %1</source>
        <translation>단계의 &quot;each&quot;를 계산할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/taskrunner.cpp" line="291"/>
        <source>The step&apos;s &quot;each&quot; must give an array or an object.</source>
        <translation>단계의 &quot;each&quot;는 배열이나 객체를 내야 합니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/taskrunner.cpp" line="312"/>
        <source>The action &quot;%1&quot; is not supported by Atrium; supported actions: %2.</source>
        <translation>Atrium은 &quot;%1&quot; 액션을 지원하지 않습니다. 지원하는 액션: %2.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/taskrunner.cpp" line="326"/>
        <source>The step&apos;s input cannot be rendered: %1 (line %2)</source>
        <translation>단계의 입력을 렌더링할 수 없습니다: %1 (%2행)</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/taskrunner.cpp" line="367"/>
        <source>Step &quot;%1&quot; failed: %2</source>
        <translation>단계 &quot;%1&quot; 실패: %2</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/taskrunner.cpp" line="376"/>
        <source>The task was cancelled.</source>
        <translation>작업이 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/taskrunner.cpp" line="388"/>
        <source>The template&apos;s output cannot be rendered: %1</source>
        <translation>템플릿의 출력을 렌더링할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/services/scaffolder/taskstore.cpp" line="115"/>
        <source>interrupted: Atrium stopped while the task ran</source>
        <translation>중단됨: 작업 중에 Atrium이 멈췄습니다</translation>
    </message>
</context>
</TS>
