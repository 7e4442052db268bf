// SPDX-License-Identifier: Apache-2.0
#pragma once

// Test data in raw strings, kept out of the test's source: moc's tokenizer
// loses its way in some of them.

namespace {

const char kJwtHeader[] = R"({"alg":"ES256","typ":"vnd.backstage.user"})";
const char kShippingValues[] = R"({"name": "shipping"})";

const char kIndexHtml[] = R"(<!doctype html><html><head><title>Orders docs</title>
<script>alert('x')</script><style>body{color:red}</style></head><body>
<header class="md-header"><nav>Site navigation</nav></header>
<div class="md-container"><main class="md-main"><div class="md-content">
<article class="md-content__inner md-typeset">
<h1 id="welcome">Welcome<a class="headerlink" href="#welcome" title="Permanent link">&para;</a></h1>
<p>The <strong>orders</strong> service takes <em>orders</em> &amp; more. See the <a href="guide/">setup guide</a>.</p>
<iframe src="https://evil.example/"></iframe>
<p><img alt="Logo" src="img/logo.png"></p>
<div class="language-python highlight"><pre><span></span><code><span class="n">print</span>(<span class="s2">"hi &lt;3"</span>)
</code></pre></div>
<table><thead><tr><th>Name</th><th>Value</th></tr></thead><tbody><tr><td>port</td><td>8080</td></tr></tbody></table>
<div class="admonition warning"><p class="admonition-title">Careful</p><p>Do not page on weekends.</p></div>
<ul><li>one</li><li>two <code>x</code></li></ul>
<form><input name="q"></form>
</article></div></main><footer>Made with Material</footer></div></body></html>)";

const char kGuideHtml[] = R"(<html><head><title>Guide</title></head><body><article class="md-content__inner">
<h1>Setup guide</h1><h2 id="install">Install</h2><p>Back to <a href="../">home</a>.</p><script>steal()</script>
</article></body></html>)";

} // namespace
