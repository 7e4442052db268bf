#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Regenerates tests/fuzz/corpus/<target>/ from the project's own test data
(tests/data, resources/demo) plus a few hand-written inputs. The corpora are
committed (CI has no other copy of the data at a fixed path); run this only
to refresh them: python3 tests/fuzz/gather-seeds.py"""
import hashlib
import json
import pathlib
import shutil

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "tests/fuzz/corpus"
MAX_BYTES = 16 * 1024
MAX_FILES = 40


def files(*globs):
    seen = []
    for g in globs:
        for p in sorted(ROOT.glob(g)):
            if p.is_file() and p.stat().st_size <= MAX_BYTES and p not in seen:
                seen.append(p)
    return seen


def write(target, items):
    d = OUT / target
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    count = 0
    for data in items:
        if count >= MAX_FILES:
            break
        if isinstance(data, str):
            data = data.encode()
        name = hashlib.sha1(data).hexdigest()[:16]
        (d / name).write_bytes(data)
        count += 1
    print(f"{target}: {count} seeds")


def read(paths):
    return [p.read_bytes() for p in paths]


# Descriptor files: the loader's tests (bad ones included) and the demo org.
write("descriptor", read(files("tests/data/core/**/*.yaml", "tests/data/core/**/*.yml"))
      + read(files("resources/demo/org/**/*.yaml", "resources/demo/systems/*.yaml", "resources/demo/domains/*.yaml",
                   "resources/demo/apis/*.yaml", "resources/demo/components/*/catalog-info.yaml"))[:20])

write("entityref", [
    "component:default/order-service", "order-service", "group:team-payments", "user:default/alice",
    "Component:Default/Order-Service", "api\tpayment-api", "group\tteam-a", "system:commerce-platform",
    "default/name", "kind:", ":name", "a:b/c/d", "component:ns/", "x" * 70, "resource:default/db.orders_v2",
    "template:default/spring-boot-service", "location:default/generated-0123456789abcdef", " user : alice ",
    "\u00e9t\u00e9:caf\u00e9", "component:default/\u6ce8\u6587",
])

# Templates: the engine's reference cases and the demo templates' skeleton files.
cases = json.loads((ROOT / "tests/data/template/nunjucks-cases.json").read_text())["cases"]
write("template", [c["template"] for c in cases][:28]
      + read(files("resources/demo/templates/*/skeleton/**/*"))[:12])

# Form schemas: the templates themselves, and bare parameter schemas.
write("formschema", read(files("resources/demo/templates/*/template.yaml", "tests/data/core/scan/skel-template/template.yaml")) + [
    "title: Basics\nrequired: [name]\nproperties:\n  name: {type: string, pattern: '^[a-z-]+$', ui:autofocus: true}\n"
    "  port: {type: integer, minimum: 1, maximum: 65535, default: 8080}\n",
    "- title: One\n  properties:\n    kind: {type: string, enum: [a, b], enumNames: [A, B]}\n  dependencies:\n    kind:\n"
    "      oneOf:\n        - properties: {kind: {enum: [a]}, x: {type: string}}\n        - properties: {kind: {enum: [b]}, y: {type: number}}\n"
    "- title: Two\n  properties:\n    owner: {type: string, ui:field: OwnerPicker, ui:options: {catalogFilter: {kind: Group}}}\n"
    "    repoUrl: {type: string, ui:field: RepoUrlPicker, ui:options: {allowedHosts: [github.com]}}\n",
    "type: object\nproperties:\n  items:\n    type: array\n    items: {type: object, properties: {a: {type: string}, b: {type: boolean}}}\n"
    "  tags: {type: array, items: {type: string, enum: [x, y]}, uniqueItems: true}\n"
    "allOf:\n  - if: {properties: {a: {const: 1}}}\n    then: {required: [b]}\n    else: {properties: {c: {$ref: '#/definitions/c'}}}\n"
    "definitions:\n  c: {type: string, format: email}\n",
])

# TechDocs: pages on the default mkdocs.yml, and mkdocs.yml + page pairs.
pages = read(files("tests/data/docs/**/*.md", "resources/demo/components/*/docs/**/*.md"))
mkdocs = read(files("tests/data/docs/*/mkdocs.yml", "resources/demo/components/*/mkdocs.yml"))
pairs = [m + b"\n--8<--\n" + pages[i % len(pages)][:2048] for i, m in enumerate(mkdocs)]
write("docs", pages[:26] + pairs[:14])

# GitHub answers: STATUS [graphql], headers, blank line, body.
listing = json.dumps({"data": {"viewer": {"login": "alice"}, "organization": {"repositories": {
    "nodes": [{"name": "order-service", "isArchived": False, "visibility": "PRIVATE", "url": "https://github.com/acme/order-service",
               "repositoryTopics": {"nodes": [{"topic": {"name": "backstage"}}]},
               "defaultBranchRef": {"name": "main", "target": {"oid": "0123456789abcdef0123456789abcdef01234567"}}}],
    "pageInfo": {"hasNextPage": True, "endCursor": "Y3Vyc29yOjE="}}}}})
blob = (ROOT / "resources/demo/catalog-info.yaml").read_text()
files_answer = json.dumps({"data": {"f0": {"object": {"text": blob, "byteSize": len(blob), "isBinary": False}},
                                    "f1": {"object": None}, "f2": None}})
rl = "X-RateLimit-Limit: 5000\nX-RateLimit-Remaining: 4999\nX-RateLimit-Used: 1\nX-RateLimit-Reset: 1793534400\nX-RateLimit-Resource: graphql\n"
write("github", [
    "200 graphql\n" + rl + "\n" + listing,
    "200 graphql\n" + rl + "\n" + files_answer,
    "200 graphql\n\n" + json.dumps({"data": {"f0": None}, "errors": [{"type": "NOT_FOUND", "message": "Could not resolve to a Repository", "path": ["f0"]}]}),
    "200 graphql\nX-GitHub-SSO: partial-results; organizations=21955855\n\n" + json.dumps({"data": {}, "errors": [{"type": "FORBIDDEN", "message": "Resource protected by organization SAML enforcement"}]}),
    "200 graphql\n\n" + json.dumps({"errors": [{"type": "RATE_LIMITED", "message": "API rate limit exceeded"}]}),
    "200\nETag: W/\"abc\"\nLink: <https://api.github.com/orgs/acme/repos?page=2>; rel=\"next\", <https://api.github.com/orgs/acme/repos?page=9>; rel=\"last\"\n\n"
    + json.dumps([{"name": "a", "full_name": "acme/a"}, {"name": "b"}]),
    "304\nETag: \"abc\"\n\n",
    "401\nX-GitHub-Request-Id: AB12:3456\n\n" + json.dumps({"message": "Bad credentials", "documentation_url": "https://docs.github.com/rest"}),
    "403\nX-RateLimit-Remaining: 0\nX-RateLimit-Reset: 1793534400\n\n" + json.dumps({"message": "API rate limit exceeded for user ID 1."}),
    "403\nRetry-After: 60\n\n" + json.dumps({"message": "You have exceeded a secondary rate limit."}),
    "429\nRetry-After: Wed, 21 Oct 2026 07:28:00 GMT\n\n{}",
    "403\nX-GitHub-SSO: required; url=https://github.com/orgs/acme/sso?authorization_request=AZ\n\n" + json.dumps({"message": "Resource protected by organization SAML enforcement."}),
    "403\nX-OAuth-Scopes: repo\nX-Accepted-OAuth-Scopes: admin:org, read:org\n\n" + json.dumps({"message": "Resource not accessible by personal access token"}),
    "404\n\n" + json.dumps({"message": "Not Found"}),
    "422\n\n" + json.dumps({"message": "Validation Failed", "errors": [{"resource": "Repository", "code": "custom"}]}),
    "502\nRetry-After: 5\n\n<html>bad gateway</html>",
    "200\n\nnot json at all",
    "200\n\n" + json.dumps({"content": "YXBpVmVyc2lvbjogYmFja3N0YWdlLmlvL3YxYWxwaGExCg==", "encoding": "base64", "sha": "abc"}),
    listing,
])

# Survey exports: the metrics tests' files and the shapes spreadsheets write.
write("csv", read(files("tests/data/metrics/*.csv")) + [
    "score,comment,date\n10,great,2026-01-05\n3,\"slow builds, flaky tests\",2026-02-01\n7,,\n",
    "sep=;\nScore;Comment;Date\n9;\"multi\nline\";05.01.2026\nx;bad;\n",
    "\ufeffscore\tcomment\n0\tthe docs are out of date\n9.0\tfine\n11\ttoo high\n",
    "score,comment\n\"unterminated,quote\n5,ok\n",
    b"\xff\xfes\x00c\x00o\x00r\x00e\x00\n\x005\x00\n\x00".decode("latin-1").encode("latin-1"),
    "a,b,c\n1,2\n1,2,3,4\n\"x\"y,z\n",
    "\r\n\r\nscore\r10\r9\r",
])
