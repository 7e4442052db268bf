<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>CatalogPage</name>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="56"/>
        <source>Catalog</source>
        <translation>카탈로그</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Catalog/CatalogPage.qml" line="63"/>
        <source>%Ln entities</source>
        <translation>
            <numerusform>엔티티 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Catalog/CatalogPage.qml" line="64"/>
        <source>%L1 of %Ln entities</source>
        <translation>
            <numerusform>엔티티 %Ln개 중 %L1개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="79"/>
        <source>Search name, title, description, tags (Ctrl+F)</source>
        <translation>이름, 제목, 설명, 태그 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="82"/>
        <source>Search entities</source>
        <translation>엔티티 검색</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="103"/>
        <source>Clear search</source>
        <translation>검색어 지우기</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="134"/>
        <source>Filter by kind</source>
        <translation>종류별로 보기</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="254"/>
        <source>The catalog is empty</source>
        <translation>카탈로그가 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="255"/>
        <source>No entities match</source>
        <translation>일치하는 엔티티가 없습니다</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="265"/>
        <source>Import Backstage descriptor files with “atrium catalog import PATH”, or start Atrium with --demo to explore a sample organisation.</source>
        <translation>“atrium catalog import PATH”로 Backstage 디스크립터 파일을 가져오거나, --demo 옵션으로 Atrium을 실행해 예제 조직을 둘러보세요.</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogPage.qml" line="266"/>
        <source>Try other words, or choose all kinds.</source>
        <translation>다른 검색어를 입력하거나 모든 종류를 선택해 보세요.</translation>
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
        <location filename="../src/models/catalogsnapshot.cpp" line="63"/>
        <source>Cannot write %1.</source>
        <translation>%1에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/models/catalogsnapshot.cpp" line="100"/>
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
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/CatalogTable.qml" line="187"/>
        <source>Entities</source>
        <translation>엔티티</translation>
    </message>
</context>
<context>
    <name>EntityPanel</name>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="44"/>
        <location filename="../qml/Catalog/EntityPanel.qml" line="45"/>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="63"/>
        <source>Close (Esc)</source>
        <translation>닫기 (Esc)</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="64"/>
        <source>Close details</source>
        <translation>상세 정보 닫기</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="149"/>
        <source>Owner</source>
        <translation>소유자</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="155"/>
        <source>Domain</source>
        <translation>도메인</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="155"/>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="161"/>
        <source>Namespace</source>
        <translation>네임스페이스</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="165"/>
        <source>Source</source>
        <translation>소스 파일</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="174"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="192"/>
        <source>Links</source>
        <translation>링크</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="232"/>
        <source>Relations</source>
        <translation>관계</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="264"/>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="306"/>
        <source>Spec</source>
        <translation>스펙</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="315"/>
        <source>Labels</source>
        <translation>레이블</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="326"/>
        <source>Annotations</source>
        <translation>어노테이션</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="345"/>
        <source>Entity not found</source>
        <translation>엔티티를 찾을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../qml/Catalog/EntityPanel.qml" line="352"/>
        <source>%1 is not in this catalog.</source>
        <translation>이 카탈로그에 %1이(가) 없습니다.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="21"/>
        <source>Atrium — demo organisation</source>
        <translation>Atrium — 데모 조직</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="21"/>
        <source>Atrium</source>
        <translation>Atrium</translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <location filename="../qml/Components/NavRail.qml" line="15"/>
        <source>Catalog</source>
        <translation>카탈로그</translation>
    </message>
    <message>
        <location filename="../qml/Components/NavRail.qml" line="31"/>
        <source>Atrium</source>
        <translation>Atrium</translation>
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
    <name>StatusBar</name>
    <message>
        <location filename="../qml/Components/StatusBar.qml" line="40"/>
        <source>Loading the catalog…</source>
        <translation>카탈로그를 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../qml/Components/StatusBar.qml" line="53"/>
        <source>Demo</source>
        <translation>데모</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Components/StatusBar.qml" line="61"/>
        <source>%Ln entities</source>
        <translation>
            <numerusform>엔티티 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Components/StatusBar.qml" line="67"/>
        <source>Never updated</source>
        <translation>업데이트 기록 없음</translation>
    </message>
    <message>
        <location filename="../qml/Components/StatusBar.qml" line="68"/>
        <source>Updated %1</source>
        <translation>%1 업데이트됨</translation>
    </message>
    <message>
        <location filename="../qml/Components/StatusBar.qml" line="90"/>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <location filename="../qml/Components/StatusBar.qml" line="108"/>
        <source>No problems</source>
        <translation>문제 없음</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Components/StatusBar.qml" line="109"/>
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>문제 %Ln개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atrium::AppController</name>
    <message>
        <location filename="../src/models/appcontroller.cpp" line="69"/>
        <source>Cannot create a folder for the demo in %1: %2</source>
        <translation>%1에 데모 폴더를 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/models/appcontroller.cpp" line="157"/>
        <source>just now</source>
        <translation>방금</translation>
    </message>
    <message>
        <location filename="../src/models/appcontroller.cpp" line="159"/>
        <source>%1 min ago</source>
        <translation>%1분 전</translation>
    </message>
    <message>
        <location filename="../src/models/appcontroller.cpp" line="161"/>
        <source>%1 h ago</source>
        <translation>%1시간 전</translation>
    </message>
    <message>
        <location filename="../src/models/appcontroller.cpp" line="163"/>
        <source>%1 d ago</source>
        <translation>%1일 전</translation>
    </message>
</context>
<context>
    <name>atrium::EntityDetails</name>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="129"/>
        <source>Owned by</source>
        <translation>소유자</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="130"/>
        <source>Owner of</source>
        <translation>소유 항목</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="131"/>
        <source>Depends on</source>
        <translation>의존 대상</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="132"/>
        <source>Dependency of</source>
        <translation>이 항목에 의존</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="133"/>
        <source>Provides API</source>
        <translation>제공 API</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="134"/>
        <source>API provided by</source>
        <translation>API 제공자</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="135"/>
        <source>Consumes API</source>
        <translation>사용 API</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="136"/>
        <source>API consumed by</source>
        <translation>API 사용자</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="137"/>
        <source>Part of</source>
        <translation>소속</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="138"/>
        <source>Has part</source>
        <translation>구성 요소</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="139"/>
        <source>Member of</source>
        <translation>소속 그룹</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="140"/>
        <source>Has member</source>
        <translation>구성원</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="141"/>
        <source>Child of</source>
        <translation>상위 그룹</translation>
    </message>
    <message>
        <location filename="../src/models/entitydetails.cpp" line="142"/>
        <source>Parent of</source>
        <translation>하위 그룹</translation>
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
</TS>
