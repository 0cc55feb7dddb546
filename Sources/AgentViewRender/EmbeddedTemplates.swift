// swift-format-ignore-file
// Generated from Templates/ by `swift run TemplateEmbedder`: edit the templates, then run it again.
// (Generated code is not formatted: the templates' text must stay byte for byte.)

/// Every file of `Templates/`, by path relative to it, exactly as in the source tree.
enum EmbeddedTemplates {
    /// Relative path → contents.
    static let files: [String: String] = [
        "diagnostics.mustache": #"""
{{<layout}}
{{$content}}
<h1>Diagnostics <span class="muted">({{count}}{{#pager.isPaged}}; page {{pager.current}} of {{pager.count}}{{/pager.isPaged}})</span></h1>
{{^hasDiagnostics}}
<p class="card">No diagnostics: nothing in this export should surprise agents or reviewers.</p>
{{/hasDiagnostics}}
{{#hasDiagnostics}}
<section class="card" aria-labelledby="summary-heading">
  <h2 id="summary-heading">Summary, errors first</h2>
  <table class="diagnostic-summary">
    <thead>
      <tr><th scope="col">Code</th><th scope="col">Severity</th><th scope="col">Count</th></tr>
    </thead>
    <tbody>
      {{#summary}}
      <tr><th scope="row"><a href="{{href}}"><code>{{code}}</code></a></th><td><span class="severity-badge severity-{{severity}}">{{severity}}</span></td><td class="number">{{count}}</td></tr>
      {{/summary}}
    </tbody>
  </table>
</section>
{{/hasDiagnostics}}
{{>partials/pager}}
{{#runs}}
<section class="card" id="{{anchor}}" aria-labelledby="{{anchor}}-heading">
  <h2 id="{{anchor}}-heading"><code>{{code}}</code> <span class="severity-badge severity-{{severity}}">{{severity}}</span> <span class="muted">({{count}}{{#rows}}; {{rows}} here{{/rows}}{{#continued}}, continued{{/continued}})</span></h2>
  {{#advices}}
  <p class="advice">Advice: <bdi>{{advice}}</bdi></p>
  <ul class="diagnostics">
    {{#diagnostics}}
    <li class="diagnostic severity-{{severity}}">
      <p class="diagnostic-head">{{#subject.href}}<a href="{{subject.href}}"><bdi>{{subject.label}}</bdi></a>{{/subject.href}}{{^subject.href}}<bdi>{{subject.label}}</bdi>{{/subject.href}}</p>
      <p><bdi>{{message}}</bdi></p>
    </li>
    {{/diagnostics}}
  </ul>
  {{/advices}}
</section>
{{/runs}}
{{>partials/pager-end}}
{{/content}}
{{/layout}}

"""#,
        "diff.mustache": ##"""
{{<layout}}
{{$content}}
<h1>What agents see: changes</h1>
<p class="card diff-headline">{{headline}}</p>
{{#hasChanges}}
<section class="card" aria-labelledby="diff-summary-heading">
  <h2 id="diff-summary-heading">Summary</h2>
  <table class="diff-summary">
    <thead>
      <tr><th scope="col">Change</th><th scope="col">Count</th></tr>
    </thead>
    <tbody>
      {{#groups}}
      <tr><th scope="row"><a href="#diff-{{kind}}">{{title}}</a></th><td class="number">{{count}}</td></tr>
      {{/groups}}
    </tbody>
  </table>
</section>
{{/hasChanges}}
{{#groups}}
<section class="card" id="diff-{{kind}}" aria-labelledby="diff-{{kind}}-heading">
  <h2 id="diff-{{kind}}-heading">{{title}} <span class="muted">({{count}})</span></h2>
  <ul class="diff-list">
    {{#changes}}
    <li class="diff-change" data-subject="{{subject}}"><span>{{#segments}}{{#memberHref}}<a href="{{memberHref}}">{{/memberHref}}{{#parts}}{{#quoted}}<code><bdi>{{string}}</bdi></code>{{/quoted}}{{#name}}<bdi class="name">{{string}}</bdi>{{/name}}{{#checkMark}} {{>partials/check-mark}}{{/checkMark}}{{#plain}}<bdi>{{string}}</bdi>{{/plain}}{{/parts}}{{#memberHref}}</a>{{/memberHref}}{{/segments}}</span>{{#href}} <a href="{{href}}">{{linkText}}</a>{{/href}}</li>
    {{/changes}}
  </ul>
  {{#more}}
  <p class="muted">{{more}}</p>
  {{/more}}
</section>
{{/groups}}
{{#quietLine}}
<p class="muted">{{quietLine}}</p>
{{/quietLine}}
{{/content}}
{{/layout}}

"""##,
        "index.mustache": #"""
{{<layout}}
{{$content}}
<h1>What agents see: users{{#pager.isPaged}} <span class="muted">(page {{pager.current}} of {{pager.count}})</span>{{/pager.isPaged}}</h1>
{{#isFirstPage}}
<section class="card" aria-labelledby="counts-heading">
  <h2 id="counts-heading">Counts</h2>
  <dl class="counts">
    {{#counts}}
    <div class="count"><dt>{{label}}</dt><dd>{{count}}</dd></div>
    {{/counts}}
  </dl>
  <p class="muted">Messaging mode: {{messagingMode}}. {{#capApplies}}At most {{cap}} active tickets of a user carry the mark{{/capApplies}}{{^capApplies}}No cap on marked tickets applies{{/capApplies}} (AgentView rules §6, §7).</p>
</section>
{{/isFirstPage}}
<nav class="card sections" aria-labelledby="sections-heading">
  <h2 id="sections-heading">Sections, in triage order</h2>
  <ol>
    {{#sections}}
    <li><a href="{{href}}">{{title}}</a> <span class="muted">({{count}}, {{pages}})</span></li>
    {{/sections}}
  </ol>
</nav>
{{#hasJump}}
<nav class="card az-jump" aria-label="Jump to a first letter">
  <h2>Jump to a first letter <span class="muted">(within each section)</span></h2>
  <dl>
    {{#jump}}
    <div><dt>{{title}}</dt><dd><ul class="letters">{{#letters}}<li><a href="{{href}}" aria-label="{{label}}">{{letter}}</a></li>{{/letters}}</ul></dd></div>
    {{/jump}}
  </dl>
</nav>
{{/hasJump}}
{{>partials/pager}}
{{#runs}}
<section class="card users-card" id="group-{{id}}" aria-labelledby="group-{{id}}-heading">
  <h2 id="group-{{id}}-heading">{{title}} <span class="muted">({{count}}{{#rows}}; {{rows}} here{{/rows}}{{#continued}}, continued{{/continued}})</span></h2>
  {{#hasUsers}}
  <table class="users">
    <thead>
      <tr>
        <th scope="col">Name</th>
        <th scope="col">Authenticated</th>
        <th scope="col">Primary email</th>
        <th scope="col">Active tickets</th>
        <th scope="col">Active with the mark</th>
        <th scope="col">Diagnostics</th>
      </tr>
    </thead>
    <tbody>
      {{#users}}
      <tr{{#rowID}} id="{{rowID}}"{{/rowID}}>
        <th scope="row"><span class="avatar avatar-small" aria-hidden="true"><bdi>{{initials}}</bdi></span> <a href="{{href}}">{{>partials/name-with-mark}}</a>{{#staffRole}} <span class="flag">{{staffRole}}</span>{{/staffRole}} <bdi class="key">{{keyKind}}:<wbr>{{keyID}}</bdi></th>
        <td><span class="auth auth-{{authenticationClass}}">{{authentication}}</span></td>
        <td>{{#email}}<bdi>{{email}}</bdi>{{/email}}{{^email}}{{>partials/none}}{{/email}}</td>
        <td class="number">{{activeTickets}}</td>
        <td class="number">{{markedTickets}}{{#overCap}} <span class="flag">over cap</span>{{/overCap}}</td>
        <td class="number">{{diagnostics}}</td>
      </tr>
      {{/users}}
    </tbody>
  </table>
  {{/hasUsers}}
  {{#hasTickets}}
  <ul>
    {{#tickets}}
    <li><a href="{{href}}">Ticket #<bdi>{{id}}</bdi></a>: <bdi>{{subject}}</bdi> <span class="muted">(requester <bdi>{{requesterID}}</bdi>)</span></li>
    {{/tickets}}
  </ul>
  {{/hasTickets}}
</section>
{{/runs}}
{{>partials/pager-end}}
{{/content}}
{{/layout}}

"""#,
        "layout.mustache": ##"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{{#layout.stylesheetHref}}
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src data:">
{{/layout.stylesheetHref}}
{{^layout.stylesheetHref}}
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
{{/layout.stylesheetHref}}
<meta name="color-scheme" content="light dark">
<meta name="generator" content="AgentView">
<title>{{layout.title}} · AgentView</title>
{{#layout.stylesheetHref}}
<link rel="stylesheet" href="{{layout.stylesheetHref}}">
{{/layout.stylesheetHref}}
{{#layout.stylesheet}}
<style>
{{{layout.stylesheet}}}
</style>
{{/layout.stylesheet}}
</head>
<body>
<svg class="symbols" aria-hidden="true" width="0" height="0"><symbol id="av-check" viewBox="0 0 16 16"><circle cx="8" cy="8" r="8" fill="#038153"/><path d="M4.4 8.3l2.4 2.4 4.8-5" fill="none" stroke="#fff" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/></symbol></svg>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="top-bar">
  <span class="product"><span class="product-mark" aria-hidden="true">AV</span> AgentView{{#layout.isReport}} <span class="product-note">one-user report</span>{{/layout.isReport}}</span>
  <nav class="top-nav" aria-label="{{#layout.isReport}}Sections{{/layout.isReport}}{{^layout.isReport}}Pages{{/layout.isReport}}">
    <ul>
      {{#layout.nav}}
      <li><a href="{{href}}"{{#current}} aria-current="{{current}}"{{/current}}>{{label}}</a></li>
      {{/layout.nav}}
    </ul>
  </nav>
</header>
{{#layout.redaction}}
<p class="redaction-notice" role="note"><strong>{{layout.redaction}}</strong></p>
{{/layout.redaction}}
<main id="main" tabindex="-1">
{{$content}}{{/content}}
</main>
<footer class="page-footer">
  <p>A reconstruction from exported data of what agents see in the Zendesk Agent Workspace, not a screenshot: Zendesk's own screens look different. Times are in {{layout.timeZone}}, shown with their offset.{{#layout.redaction}} {{layout.redaction}}{{/layout.redaction}}{{#layout.generatedAt}} Generated at {{>partials/time}}.{{/layout.generatedAt}}</p>
</footer>
</body>
</html>

"""##,
        "partials/authentication.mustache": #"""
<section class="card" id="authentication" aria-labelledby="authentication-heading">
  <h2 id="authentication-heading">Authentication and links</h2>
  {{#authentication}}
  <p class="auth-status auth-{{statusClass}}">{{status}}</p>
  {{#hasUnverified}}
  <div class="unverified" role="note">
    <p><strong>Unverified profile.</strong> Provided while not authenticated (typed into a form or taken from a social profile); it proves nothing (AgentView rules §3).</p>
    <dl class="fields">
      {{#unverified.name}}
      <div><dt>Provided name</dt><dd><bdi>{{unverified.name}}</bdi> <span class="muted">(unverified)</span></dd></div>
      {{/unverified.name}}
      {{#unverified.email}}
      <div><dt>Provided email</dt><dd><bdi>{{unverified.email}}</bdi> <span class="muted">(unverified)</span></dd></div>
      {{/unverified.email}}
    </dl>
  </div>
  {{/hasUnverified}}
  {{#hasLinked}}
  <h3>Linked messaging users</h3>
  <div class="table-scroll" tabindex="0" role="region" aria-label="Linked messaging users, scrolls sideways">
    <table>
      <thead>
        <tr>
          <th scope="col">Messaging user</th>
          <th scope="col">Linked because</th>
          <th scope="col">Authenticated</th>
          <th scope="col">Evidence</th>
          <th scope="col">Authenticated at</th>
          <th scope="col">Merged-away anonymous ids</th>
        </tr>
      </thead>
      <tbody>
        {{#linked}}
        <tr>
          <th scope="row"><code><bdi>{{id}}</bdi></code>{{#clients}}<br><span class="muted"><bdi>{{clients}}</bdi></span>{{/clients}}</th>
          <td>{{rule}}</td>
          <td>{{method}}{{#contradicts}} <span class="flag">flag contradicts the ids</span>{{/contradicts}}</td>
          <td>{{source}}; externalId {{#externalID}}<code><bdi>{{externalID}}</bdi></code>{{/externalID}}{{^externalID}}none{{/externalID}}; zendeskId {{#zendeskID}}<code><bdi>{{zendeskID}}</bdi></code>{{/zendeskID}}{{^zendeskID}}none{{/zendeskID}}</td>
          <td>{{#authenticatedAt}}{{>partials/time}}{{/authenticatedAt}}{{^authenticatedAt}}<span class="muted">unknown</span>{{/authenticatedAt}}</td>
          <td>{{#hasDiscarded}}{{#discarded}}<code><bdi>{{.}}</bdi></code> {{/discarded}}{{#moreDiscarded}}<span class="muted">{{moreDiscarded}}</span>{{/moreDiscarded}}{{/hasDiscarded}}{{^hasDiscarded}}{{>partials/none}}{{/hasDiscarded}}</td>
        </tr>
        {{/linked}}
      </tbody>
    </table>
  </div>
  {{#moreLinked}}
  <p class="muted">{{moreLinked}}</p>
  {{/moreLinked}}
  {{/hasLinked}}
  {{#messagingIdentities}}
  <p class="muted">Support identity of type messaging: <code><bdi>{{.}}</bdi></code></p>
  {{/messagingIdentities}}
  {{#moreMessagingIdentities}}
  <p class="muted">{{moreMessagingIdentities}}</p>
  {{/moreMessagingIdentities}}
  {{/authentication}}
</section>

"""#,
        "partials/check-mark.mustache": ##"""
<svg class="auth-check" role="img" width="16" height="16"><title>Authenticated</title><use href="#av-check"/></svg>
"""##,
        "partials/conversation.mustache": #"""
{{#conversation}}
<section class="conversation" id="{{domID}}" aria-labelledby="{{domID}}-heading">
  <h{{headingLevel}} id="{{domID}}-heading">Conversation{{#namesTicket}} of ticket #<bdi>{{ticketID}}</bdi>{{/namesTicket}}{{#rows}} <span class="muted">({{rows}})</span>{{/rows}}</h{{headingLevel}}>
  {{#hasMessages}}
  <p class="muted">Transcript from the {{source}}{{#conversationID}}, conversation <code><bdi>{{conversationID}}</bdi></code>{{/conversationID}}.</p>
  <ol class="messages">
{{#messages}}
{{>partials/message}}
{{/messages}}
  </ol>
  {{/hasMessages}}
  {{^hasMessages}}
  <p class="empty-conversation">No transcript in the export: no conversation log, linked messages or public comments.</p>
  {{/hasMessages}}
</section>
{{/conversation}}

"""#,
        "partials/data-mapping.mustache": #"""
<section class="card" id="data-mapping" aria-labelledby="data-mapping-heading">
  <h2 id="data-mapping-heading">Data mapping</h2>
  {{#mapping}}
  <p class="muted">Each Support field, its messaging counterpart, the value on each side, and what an agent sees on each surface: always the Support value (AgentView rules §4).{{#messagingUserID}} Messaging values are those of <code><bdi>{{messagingUserID}}</bdi></code>.{{/messagingUserID}}</p>
  <div class="table-scroll" tabindex="0" role="region" aria-label="Data mapping table, scrolls sideways">
    <table class="mapping">
      <thead>
        <tr>
          <th scope="col">Support field</th>
          <th scope="col">Messaging field</th>
          <th scope="col">Support value</th>
          <th scope="col">Messaging value</th>
          {{#surfaces}}
          <th scope="col">{{.}}</th>
          {{/surfaces}}
          <th scope="col">Sides</th>
        </tr>
      </thead>
      <tbody>
        {{#rows}}
        <tr data-field="{{field}}">
          <th scope="row"><code>{{supportField}}</code></th>
          <td><code>{{messagingField}}</code></td>
          <td>{{#supportValue}}<bdi>{{supportValue}}</bdi>{{/supportValue}}{{^supportValue}}{{>partials/none}}{{/supportValue}}</td>
          <td>{{#messagingValue}}<bdi>{{messagingValue}}</bdi>{{/messagingValue}}{{^messagingValue}}{{>partials/none}}{{/messagingValue}}</td>
          {{#surfaces}}
          <td class="surface surface-{{#shown}}shown{{/shown}}{{^shown}}hidden{{/shown}}" data-surface="{{surface}}">{{^visible}}<span class="muted">never seen</span>{{/visible}}{{#visible}}{{#shown}}{{#value}}<bdi>{{value}}</bdi>{{/value}}{{^value}}{{>partials/none}}{{/value}}{{/shown}}{{^shown}}<span class="muted">not shown</span>{{/shown}}{{/visible}}</td>
          {{/surfaces}}
          <td><span class="agreement agreement-{{agreementClass}}">{{agreement}}</span></td>
        </tr>
        {{/rows}}
      </tbody>
    </table>
  </div>
  {{/mapping}}
</section>

"""#,
        "partials/diagnostic-list.mustache": #"""
<ul class="diagnostics">
  {{#diagnostics}}
  <li class="diagnostic severity-{{severity}}">
    <p class="diagnostic-head"><span class="severity">{{severity}}</span> <code>{{code}}</code> · {{#subject.href}}<a href="{{subject.href}}"><bdi>{{subject.label}}</bdi></a>{{/subject.href}}{{^subject.href}}<bdi>{{subject.label}}</bdi>{{/subject.href}}</p>
    <p><bdi>{{message}}</bdi></p>
    <p class="advice">Advice: <bdi>{{advice}}</bdi></p>
  </li>
  {{/diagnostics}}
</ul>
{{#moreDiagnostics}}
<p class="muted">{{moreDiagnostics}}</p>
{{/moreDiagnostics}}

"""#,
        "partials/essentials-card.mustache": #"""
<section class="card essentials-card" id="essentials-card" aria-labelledby="essentials-card-heading">
  <h2 id="essentials-card-heading">User essentials card</h2>
  {{#card}}
  {{#visible}}
  <div class="card-identity">
    <span class="avatar" aria-hidden="true"><bdi>{{initials}}</bdi></span>
    <div>
      <p class="card-name">{{>partials/name-with-mark}}</p>
      <p class="card-email">{{#email}}<bdi>{{email}}</bdi>{{/email}}{{^email}}<span class="muted">No email</span>{{/email}}</p>
    </div>
  </div>
  <dl class="fields">
    {{#fields}}
    <div><dt>{{label}}</dt><dd>{{#value}}<bdi>{{value}}</bdi>{{/value}}{{^value}}{{>partials/none}}{{/value}}</dd></div>
    {{/fields}}
  </dl>
  {{#note}}
  <p class="note">{{note}}</p>
  {{/note}}
  {{/visible}}
  {{^visible}}
  <p>Agents never see this user, so there is no essentials card.</p>
  {{/visible}}
  {{/card}}
  {{^card}}
  <p>The requester is not in the export, so there is no essentials card.</p>
  {{/card}}
</section>

"""#,
        "partials/hidden-conversations.mustache": #"""
<section class="card" id="hidden-conversations" aria-labelledby="hidden-conversations-heading">
  <h2 id="hidden-conversations-heading">Conversations <span class="muted">agents never see</span></h2>
  <p class="muted">The messaging export's conversations of this user. No ticket shows them and agents never see them, so no message makes a claim about the check mark (AgentView rules §2).</p>
  {{>partials/pager}}
  {{^hiddenConversations}}
  <p class="muted">None in the export.</p>
  {{/hiddenConversations}}
  {{#hiddenConversations}}
  <section class="conversation" id="{{domID}}" aria-labelledby="{{domID}}-heading">
    <h3 id="{{domID}}-heading">Conversation <code><bdi>{{id}}</bdi></code>{{#rows}} <span class="muted">({{rows}})</span>{{/rows}}</h3>
    {{#hasMessages}}
    <ol class="messages">
      {{#messages}}
      {{>partials/message}}
      {{/messages}}
    </ol>
    {{/hasMessages}}
    {{^hasMessages}}
    <p class="empty-conversation">No messages of this conversation in the export.</p>
    {{/hasMessages}}
  </section>
  {{/hiddenConversations}}
  {{>partials/pager-end}}
</section>

"""#,
        "partials/message.mustache": #"""
<li{{#anchor}} id="{{anchor}}"{{/anchor}} class="message{{#isPrivate}} message-private{{/isPrivate}}" data-message-id="{{id}}" data-role="{{role}}">
<span class="avatar" aria-hidden="true"><bdi>{{initials}}</bdi></span>
<div class="bubble">
<p class="message-meta"><span class="author">{{>partials/name-with-mark}}</span>{{^isEndUser}} <span class="role-label">{{role}}</span>{{/isEndUser}}{{#isPrivate}} <span class="private-label">Internal note</span>{{/isPrivate}}{{#time}} {{>partials/time}}{{/time}}</p>
{{#content}}
{{#note}}
<p class="muted"><bdi>{{note}}</bdi></p>
{{/note}}
{{#text}}
<p class="message-text"><bdi>{{#textParts}}{{#href}}<a href="{{href}}" rel="noopener noreferrer">{{string}}</a>{{/href}}{{^href}}{{string}}{{/href}}{{/textParts}}</bdi></p>
{{/text}}
{{#media}}
<p class="media">{{kind}}{{#alt}}: “<bdi>{{alt}}</bdi>”{{/alt}}{{#url}}<br>{{#href}}<a href="{{href}}" rel="noopener noreferrer"><bdi>{{url}}</bdi></a>{{/href}}{{^href}}<bdi class="url">{{url}}</bdi>{{/href}}{{/url}}</p>
{{/media}}
{{#hasFields}}
{{#isForm}}
<p class="muted">Form sent to the end user, asking for:</p>
<ul class="form-fields form-asked">
{{#fields}}
<li><bdi>{{label}}</bdi></li>
{{/fields}}
</ul>
{{/isForm}}
{{^isForm}}
<dl class="form-fields">
{{#fields}}
<div><dt><bdi>{{label}}</bdi></dt><dd>{{#value}}<bdi>{{value}}</bdi>{{/value}}{{^value}}{{>partials/none}}{{/value}}</dd></div>
{{/fields}}
</dl>
{{/isForm}}
{{/hasFields}}
{{#hasActions}}
<ul class="actions">
{{#actions}}
<li>{{#href}}<a class="action" href="{{href}}" rel="noopener noreferrer"><bdi>{{text}}</bdi></a>{{/href}}{{^href}}<bdi class="action">{{text}}</bdi>{{/href}}{{#uri}} <bdi class="url">{{uri}}</bdi>{{/uri}}</li>
{{/actions}}
</ul>
{{/hasActions}}
{{#cut}}
<p class="muted message-cut">{{cut}}</p>
{{/cut}}
{{/content}}
{{#showsRule}}
<p class="message-rule message-{{#checkMark}}marked{{/checkMark}}{{^checkMark}}unmarked{{/checkMark}}">{{caption}}</p>
{{/showsRule}}
</div>
</li>

"""#,
        "partials/metadata-variables.mustache": #"""
<section class="card" id="metadata-variables" aria-labelledby="metadata-variables-heading">
  <h2 id="metadata-variables-heading">AI agent metadata variables</h2>
  <p class="muted">What an AI agent reads about this user (AgentView rules §4); empty unless the user is authenticated.</p>
  <table class="compact">
    <thead>
      <tr><th scope="col">Variable</th><th scope="col">Value</th></tr>
    </thead>
    <tbody>
      {{#metadata}}
      <tr><th scope="row">{{name}}</th><td>{{#empty}}{{>partials/none}}{{/empty}}{{^empty}}<code><bdi>{{value}}</bdi></code>{{/empty}}</td></tr>
      {{/metadata}}
    </tbody>
  </table>
</section>

"""#,
        "partials/name-with-mark.mustache": #"""
<bdi class="name">{{name}}</bdi>{{#checkMark}} {{>partials/check-mark}}{{/checkMark}}
"""#,
        "partials/none.mustache": #"""
<span class="muted">none</span>
"""#,
        "partials/pager-end.mustache": #"""
{{#pager.isPaged}}
<p class="pager-end">Page {{pager.current}} of {{pager.count}}{{#pager.previous}} · <a href="{{pager.previous}}" rel="prev">Previous page</a>{{/pager.previous}}{{#pager.next}} · <a href="{{pager.next}}" rel="next">Next page</a>{{/pager.next}}</p>
{{/pager.isPaged}}

"""#,
        "partials/pager.mustache": #"""
{{#pager.isPaged}}
<nav class="card pager" aria-label="{{pager.label}}">
  <p>Page {{pager.current}} of {{pager.count}}{{#pager.previous}} · <a href="{{pager.previous}}" rel="prev">Previous page</a>{{/pager.previous}}{{#pager.next}} · <a href="{{pager.next}}" rel="next">Next page</a>{{/pager.next}}</p>
  <ol class="pager-pages">
    {{#pager.pages}}
    <li{{#gapBefore}} class="pager-gap"{{/gapBefore}}>{{#current}}<a href="{{href}}" aria-current="page">Page {{number}}</a>{{/current}}{{^current}}<a href="{{href}}">Page {{number}}</a>{{/current}} <span class="muted">from <bdi>{{first}}</bdi></span></li>
    {{/pager.pages}}
  </ol>
</nav>
{{/pager.isPaged}}

"""#,
        "partials/profile.mustache": #"""
<section class="card profile" id="profile" aria-labelledby="profile-heading">
  <h2 id="profile-heading">User profile <span class="muted">as agents see it</span></h2>
  {{#profile}}
  {{#visible}}
  <div class="card-identity">
    <span class="avatar" aria-hidden="true"><bdi>{{initials}}</bdi></span>
    <p class="profile-name">{{>partials/name-with-mark}}</p>
  </div>
  <dl class="fields">
    <div><dt>Email</dt><dd>{{#email}}<bdi>{{email}}</bdi> <span class="muted">(primary{{#emailVerified}}, verified{{/emailVerified}}{{^emailVerified}}, not verified{{/emailVerified}})</span>{{/email}}{{^email}}{{>partials/none}}{{/email}}</dd></div>
    <div><dt>External ID</dt><dd>{{#externalID}}<code><bdi>{{externalID}}</bdi></code>{{/externalID}}{{^externalID}}{{>partials/none}}{{/externalID}}</dd></div>
    {{#details}}
    <div><dt>{{label}}</dt><dd>{{#value}}<bdi>{{value}}</bdi>{{/value}}{{^value}}{{>partials/none}}{{/value}}</dd></div>
    {{/details}}
  </dl>
  <h3>Identities <span class="muted">primary first</span></h3>
  {{#hasIdentities}}
  <ul class="identities">
    {{#identities}}
    <li><bdi class="identity-type">{{type}}</bdi> <bdi>{{value}}</bdi> <span class="verification verification-{{#verified}}yes{{/verified}}{{^verified}}no{{/verified}}">{{#verified}}verified{{/verified}}{{^verified}}not verified{{/verified}}{{#method}} (<bdi>{{method}}</bdi>){{/method}}</span>{{#primary}} <span class="muted">primary</span>{{/primary}}</li>
    {{/identities}}
  </ul>
  {{#moreIdentities}}
  <p class="muted">{{moreIdentities}}</p>
  {{/moreIdentities}}
  {{/hasIdentities}}
  {{^hasIdentities}}
  <p class="muted">None in the export.</p>
  {{/hasIdentities}}
  {{/visible}}
  {{^visible}}
  <p>Agents never see this user, so there is no profile.</p>
  {{/visible}}
  {{/profile}}
</section>

"""#,
        "partials/status.mustache": #"""
<span class="status status-{{status}}"><bdi>{{statusLabel}}</bdi></span>
"""#,
        "partials/time.mustache": #"""
{{#iso}}<time datetime="{{iso}}">{{/iso}}{{^iso}}<time>{{/iso}}{{text}}</time>
"""#,
        "partials/user-body.mustache": #"""
<div class="columns">
  <div class="column-main">
    {{>partials/profile}}
  </div>
  <aside class="column-side" aria-label="Customer context">
    {{>partials/essentials-card}}
  </aside>
</div>
{{>partials/data-mapping}}
{{>partials/authentication}}
<div class="columns columns-even">
  {{>partials/metadata-variables}}
  <section class="card" id="diagnostics" aria-labelledby="diagnostics-heading">
    <h2 id="diagnostics-heading">Diagnostics</h2>
    {{#hasDiagnostics}}
    {{>partials/diagnostic-list}}
    {{/hasDiagnostics}}
    {{^hasDiagnostics}}
    <p class="muted">None for this user.</p>
    {{/hasDiagnostics}}
  </section>
</div>
{{>partials/user-tickets}}
{{^visible}}
{{>partials/hidden-conversations}}
{{/visible}}

"""#,
        "partials/user-head.mustache": #"""
<div class="page-head card">
  {{#user}}
  <span class="avatar avatar-large" aria-hidden="true"><bdi>{{initials}}</bdi></span>
  <div>
    <h1>{{>partials/name-with-mark}}</h1>
    <p class="head-facts"><span class="auth auth-{{authenticationClass}}">{{authentication}}</span>{{#staffRole}} <span class="flag">{{staffRole}}, not an end user</span>{{/staffRole}} <bdi class="key">{{key}}</bdi></p>
  </div>
  {{/user}}
</div>
{{^visible}}
<p class="banner banner-hidden" role="note"><strong>Agents never see this user.</strong> This messaging user has no Support user, so it never appears in the Agent Workspace, in search or on a ticket (AgentView rules §2). What follows is what the messaging export holds, its conversations included.</p>
{{/visible}}
{{#user.staffRole}}
<p class="banner" role="note"><strong>This Support user's role is {{user.staffRole}}, not end user.</strong> A messaging user is linked to it, typically a staff member testing the widget as themselves. Links ignore the role, so agents see this staff member's own profile as the end user of those conversations (AgentView rules §2, <code>staff-as-end-user</code>).</p>
{{/user.staffRole}}

"""#,
        "partials/user-tickets.mustache": #"""
<section class="card" id="tickets" aria-labelledby="tickets-heading">
  <h2 id="tickets-heading">Tickets and the check mark{{#ticketRows}} <span class="muted">({{ticketCount}}; {{ticketRows}})</span>{{/ticketRows}}</h2>
  {{#hasTickets}}
  <p class="muted">{{#capApplies}}With multi-conversation messaging the mark stands on at most the {{cap}} most recently active tickets at once, and solved and closed tickets are outside the cap{{/capApplies}}{{^capApplies}}With single-conversation messaging no cap applies: every active messaging ticket carries the mark, ranked all the same{{/capApplies}}; email and channels that are not messaging (web form, help center, API, voice) never carry it (AgentView rules §4, §6). Messaging mode: {{messagingMode}} (§7).</p>
  {{>partials/pager}}
  <div class="table-scroll" tabindex="0" role="region" aria-label="Tickets table, scrolls sideways">
    <table class="tickets">
      <thead>
        <tr>
          <th scope="col">Ticket</th>
          <th scope="col">Subject</th>
          <th scope="col">Status</th>
          <th scope="col">Channel</th>
          <th scope="col">Mark</th>
          <th scope="col">Rank</th>
          <th scope="col">Why</th>
        </tr>
      </thead>
      <tbody>
        {{#tickets}}
        <tr class="{{#checkMark}}marked{{/checkMark}}{{^checkMark}}unmarked{{/checkMark}}">
          <th scope="row">{{#href}}<a href="{{href}}">#<bdi>{{id}}</bdi></a>{{/href}}{{^href}}#<bdi>{{id}}</bdi>{{/href}}</th>
          <td><bdi>{{subject}}</bdi></td>
          <td>{{>partials/status}}</td>
          <td><bdi>{{channel}}</bdi></td>
          <td>{{#checkMark}}{{>partials/check-mark}}{{/checkMark}}{{^checkMark}}<span class="no-mark">No mark</span>{{/checkMark}}</td>
          <td class="number">{{#rank}}{{rank}}{{/rank}}{{^rank}}{{>partials/none}}{{/rank}}</td>
          <td><bdi>{{explanation}}</bdi></td>
        </tr>
        {{/tickets}}
      </tbody>
    </table>
  </div>
  {{#pager.isPaged}}
  <p class="pager-end">Page {{pager.current}} of {{pager.count}}{{#pager.previous}} · <a href="{{pager.previous}}" rel="prev">Previous page</a>{{/pager.previous}}{{#pager.next}} · <a href="{{pager.next}}" rel="next">Next page</a>{{/pager.next}}</p>
  {{/pager.isPaged}}
  {{/hasTickets}}
  {{^hasTickets}}
  <p class="muted">No tickets.{{#ticketsMovedTo}} A login merge moved the tickets this user requested to {{#href}}<a href="{{href}}"><bdi class="name">{{name}}</bdi></a>{{/href}}{{^href}}<bdi class="name">{{name}}</bdi>{{/href}} (<bdi>{{key}}</bdi>), whose page lists them (AgentView rules §7).{{/ticketsMovedTo}}</p>
  {{/hasTickets}}
</section>

"""#,
        "report.mustache": #"""
{{<layout}}
{{$content}}
{{>partials/user-head}}
<p class="banner" role="note">A one-user report: everything AgentView knows about this user, and every ticket's conversation, in one file.</p>
{{>partials/user-body}}
<section class="card" id="conversations" aria-labelledby="conversations-heading">
  <h2 id="conversations-heading">Conversations</h2>
  {{^reportTickets}}
  <p class="muted">No tickets.</p>
  {{/reportTickets}}
  {{#reportTickets}}
  <section class="report-ticket" id="{{header.anchor}}" aria-labelledby="{{header.anchor}}-heading">
    {{#header}}
    <h3 id="{{anchor}}-heading">Ticket #<bdi>{{id}}</bdi>: <bdi>{{subject}}</bdi></h3>
    <p class="head-facts">{{>partials/status}} <bdi class="channel">{{channel}}</bdi>{{#brand}} · brand <bdi>{{brand}}</bdi>{{/brand}}{{#created}} · created {{>partials/time}}{{/created}}</p>
    {{#requester}}
    <p class="requester">Requester: {{>partials/name-with-mark}}</p>
    {{/requester}}
    <p class="mark-explanation"><bdi>{{explanation}}</bdi></p>
    {{/header}}
{{>partials/conversation}}
  </section>
  {{/reportTickets}}
</section>
{{/content}}
{{/layout}}

"""#,
        "style.css": #"""
/* AgentView pages: a look-alike of the Zendesk Agent Workspace (light grey chrome, white cards,
   conversation bubbles, the green check mark). Inlined into every page; no remote resources. */
:root {
  --bg: #f8f9f9;
  --surface: #ffffff;
  --border: #d8dcde;
  --text: #2f3941;
  --muted: #5c6670;
  --link: #1b6aa8;
  --chrome: #03363d;
  --chrome-text: #ffffff;
  --check: #038153;
  /* Text in the check mark's green (pills, "verified"): the mark itself keeps #038153 in both modes. */
  --check-text: #038153;
  /* Text on a solid severity badge; dark mode's lighter badges take dark text. */
  --on-severity: #ffffff;
  --end-user-bubble: #f3f4f5;
  --agent-bubble: #e9f3fc;
  --bot-bubble: #f1edfb;
  --note-bubble: #fff7e5;
  --note-border: #f5d495;
  --warning: #ad5918;
  --error: #cc3340;
  --good-bg: #edf8f4;
  --warn-bg: #fff7ed;
  --error-bg: #fff0f1;
  --shadow: 0 1px 2px rgba(47, 57, 65, 0.08);
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #15191c;
    --surface: #1f2529;
    --border: #3a444b;
    --text: #e9ebed;
    --muted: #a6b0b8;
    --link: #79b8ef;
    --chrome: #0b2a2f;
    --end-user-bubble: #2b3338;
    --agent-bubble: #1c3347;
    --bot-bubble: #2d2840;
    --note-bubble: #3b3220;
    --note-border: #7a5f28;
    --check-text: #4cc793;
    --on-severity: #15191c;
    --warning: #f0a05a;
    --error: #f07a84;
    --good-bg: #17322a;
    --warn-bg: #3a2b1c;
    --error-bg: #3d2226;
    --shadow: none;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0;
  background: var(--bg);
  color: var(--text);
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
a { color: var(--link); }
code { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; overflow-wrap: anywhere; }
h1 { font-size: 22px; line-height: 1.3; margin: 0; overflow-wrap: anywhere; }
h2 { font-size: 16px; margin: 0 0 12px; }
h3 { font-size: 14px; margin: 16px 0 8px; }
h4 { font-size: 14px; margin: 12px 0 8px; }
p { margin: 0 0 8px; }
.muted { color: var(--muted); font-weight: normal; }
/* Moved up by its own height, not a fixed 48 px: with larger text it would peek in at the top. */
.skip-link { position: absolute; left: 8px; top: 0; transform: translateY(-100%); padding: 8px 12px; background: var(--surface); color: var(--link); z-index: 10; border-radius: 4px; }
.skip-link:focus { top: 8px; transform: none; }
main:focus { outline: none; }

/* Chrome */
.top-bar { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 24px; padding: 6px 20px; min-height: 48px; background: var(--chrome); color: var(--chrome-text); }
.product { font-weight: 600; display: flex; align-items: center; gap: 8px; }
.product-mark { display: inline-grid; place-items: center; width: 28px; height: 28px; border-radius: 6px; background: #17494d; font-size: 11px; letter-spacing: 0.5px; }
.product-note { font-weight: normal; opacity: 0.8; }
.top-nav ul { display: flex; flex-wrap: wrap; gap: 4px; margin: 0; padding: 0; list-style: none; }
.top-nav a { display: block; padding: 6px 12px; border-radius: 4px; color: var(--chrome-text); text-decoration: none; }
.top-nav a:hover, .top-nav a:focus { background: rgba(255, 255, 255, 0.12); }
.top-nav a[aria-current="page"], .top-nav a[aria-current="true"] { background: rgba(255, 255, 255, 0.2); font-weight: 600; }
main { display: block; max-width: 1440px; margin: 0 auto; padding: 20px; }
.page-footer { max-width: 1440px; margin: 0 auto; padding: 12px 20px 32px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--border); }

/* Cards and layout */
.card { background: var(--surface); border: 1px solid var(--border); border-radius: 8px; padding: 16px 20px; margin: 0 0 16px; box-shadow: var(--shadow); }
.page-head { display: flex; align-items: center; gap: 16px; }
.head-facts { margin: 4px 0 0; color: var(--muted); display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
.key { color: var(--muted); font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.columns { display: grid; grid-template-columns: minmax(0, 1fr) 320px; gap: 16px; margin: 0 0 16px; }
.columns-even { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
.columns .card { margin: 0; height: 100%; }
.ticket-layout { display: grid; grid-template-columns: 240px minmax(0, 1fr) 320px; gap: 16px; align-items: start; }
.ticket-layout > .card { margin: 0; }
@media (max-width: 1100px) {
  .columns, .ticket-layout { grid-template-columns: minmax(0, 1fr); }
  /* One column: the ticket's properties sit side by side instead of one long stack. */
  .ticket-properties .fields { grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); }
}
.table-scroll { overflow-x: auto; }
.table-scroll:focus-visible { outline: 2px solid var(--link); outline-offset: 2px; }
.banner { padding: 12px 16px; border-radius: 8px; background: var(--warn-bg); border: 1px solid var(--note-border); }
.banner-hidden { background: var(--error-bg); border-color: var(--error); }
.note { margin-top: 12px; padding: 8px 12px; border-radius: 4px; background: var(--warn-bg); font-size: 13px; }
.flag { display: inline-block; padding: 0 6px; border-radius: 4px; background: var(--warn-bg); color: var(--warning); font-size: 12px; font-weight: 600; }

/* Avatars: initials, never a fetched image */
.avatar { display: inline-grid; place-items: center; flex: none; width: 36px; height: 36px; border-radius: 50%; background: #2f6f9f; color: #fff; font-size: 13px; font-weight: 600; }
.avatar-large { width: 56px; height: 56px; font-size: 20px; }
.avatar-small { width: 24px; height: 24px; font-size: 10px; vertical-align: middle; }
.message[data-role="agent"] .avatar { background: #17494d; }
.message[data-role="bot"] .avatar { background: #6a27b8; }
.message[data-role="system"] .avatar { background: #5c6670; }

/* The check mark: a shape with an accessible name, never colour alone */
.auth-check { width: 16px; height: 16px; vertical-align: -3px; flex: none; }
h1 .auth-check { width: 20px; height: 20px; vertical-align: -2px; }
/* On a dark screen Zendesk's green is only 2.6:1 against an end user's bubble (a graphic needs 3:1): a rim of
   the lighter text green gives the mark's edge 6:1 on every dark surface. Print keeps the mark as it is. */
@media screen and (prefers-color-scheme: dark) {
  .auth-check { border-radius: 50%; box-shadow: 0 0 0 1px var(--check-text); }
}
.no-mark { color: var(--muted); font-size: 12px; }

/* Authentication badges carry words, not only colour */
.auth { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 600; border: 1px solid var(--border); }
.auth-jwt, .auth-help-center, .auth-unknown { background: var(--good-bg); color: var(--check-text); border-color: var(--check-text); }
.auth-none { color: var(--muted); }
.auth-hidden { background: var(--error-bg); color: var(--error); border-color: var(--error); }
.auth-status { padding: 8px 12px; border-radius: 4px; background: var(--bg); border: 1px solid var(--border); font-size: 14px; font-weight: normal; }

/* Ticket statuses, with Zendesk's colours and always their name */
.status { display: inline-block; white-space: nowrap; padding: 0 8px; border-radius: 4px; font-size: 11px; font-weight: 600; line-height: 18px; text-transform: uppercase; color: #fff; background: #5c6670; }
.status-new { background: #ffb648; color: #2f3941; }
.status-open { background: #c4361b; }
.status-pending { background: #1f73b7; }
.status-hold { background: #2f3941; }
.status-solved { background: #68737d; }
.status-closed { background: #d8dcde; color: #2f3941; }

/* Tables */
table { width: 100%; border-collapse: collapse; font-size: 13px; }
th, td { text-align: left; vertical-align: top; padding: 8px 10px; border-bottom: 1px solid var(--border); }
thead th { color: var(--muted); font-weight: 600; font-size: 12px; white-space: nowrap; }
tbody th { font-weight: 600; }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
tr.unmarked td, tr.unmarked th { background: transparent; }
.users { table-layout: fixed; }
.users thead th { white-space: normal; }
.users td, .users tbody th { overflow-wrap: break-word; }
/* The three numbers need little room: left equal, each of the six columns took a sixth and emails broke
   mid-domain at 1280 px beside numbers with 200 px to spare. */
.users thead th:nth-child(1) { width: 25%; }
.users thead th:nth-child(2) { width: 16%; }
.users thead th:nth-child(3) { width: 29%; }
/* The key on a line of its own under the name, broken after its kind when the column is narrow. */
.users .key { display: block; }
/* Narrower, the columns keep their share and the headers wrap; on a phone the list keeps its columns
   and scrolls inside its card rather than squeeze six columns into 390 px. */
@media (max-width: 1000px) {
  main { padding: 16px 12px; }
  .users { font-size: 12px; }
  .users th, .users td { padding: 6px 4px; }
  .users thead th { font-size: 11px; }
  .users .avatar { display: none; }
  .users thead th:nth-child(1) { width: 22%; }
  /* Wide enough for "Not authenticated", whose longest word cannot wrap. */
  .users thead th:nth-child(2) { width: 19%; }
  .users thead th:nth-child(3) { width: 29%; }
}
@media (max-width: 720px) {
  .users-card { overflow-x: auto; }
  .users { min-width: 660px; }
}
.users tbody th a:hover .name, .users tbody th a:focus .name { text-decoration: underline; }
.surface-hidden { color: var(--muted); }
.agreement { font-weight: 600; font-size: 12px; }
.agreement-differs { color: var(--error); }
.agreement-one-side { color: var(--warning); }
.agreement-same { color: var(--check-text); }
.agreement-none { color: var(--muted); font-weight: normal; }

/* Counts */
.counts { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 8px; margin: 0; }
.count { padding: 10px 12px; border: 1px solid var(--border); border-radius: 6px; background: var(--bg); }
.count dt { color: var(--muted); font-size: 12px; }
.count dd { margin: 0; font-size: 22px; font-weight: 600; font-variant-numeric: tabular-nums; }

/* Definition lists of fields */
.fields { margin: 12px 0 0; display: grid; gap: 6px; }
/* Label columns in ems (130 and 110 px at the body's 14 px), so that larger text widens them instead of
   running labels into their values. */
.fields div { display: grid; grid-template-columns: calc(130em / 14) minmax(0, 1fr); gap: 8px; }
.fields dt { color: var(--muted); }
.fields dd { margin: 0; overflow-wrap: anywhere; }
.card-identity { display: flex; align-items: center; gap: 12px; }
.card-name, .profile-name { margin: 0; font-size: 15px; font-weight: 600; overflow-wrap: anywhere; }
.card-email { margin: 0; color: var(--muted); overflow-wrap: anywhere; }
.essentials-card .fields div { grid-template-columns: calc(110em / 14) minmax(0, 1fr); }
.ticket-properties .fields div { grid-template-columns: minmax(0, 1fr); gap: 0; }
/* Columns as wide as their content needs (an email is never cut mid-word); the table scrolls in its box. */
.mapping { min-width: 860px; }
.mapping td { overflow-wrap: break-word; }
.mapping code { overflow-wrap: normal; }
.mapping thead th { white-space: normal; }
.mapping thead th:nth-child(1) { width: 13%; }
.mapping thead th:nth-child(2) { width: 15%; }
.mapping thead th:nth-child(8) { width: 10%; }
.requester a, .users tbody th a { text-decoration: none; }
.requester a:hover .name, .requester a:focus .name { text-decoration: underline; }
.identities { margin: 0; padding-left: 18px; }
.identity-type { color: var(--muted); }
.verification { font-size: 12px; }
.verification-yes { color: var(--check-text); }
.verification-no { color: var(--warning); }
.unverified { margin: 12px 0; padding: 10px 12px; border-radius: 6px; background: var(--warn-bg); border: 1px dashed var(--note-border); }
.mark-explanation { margin: 6px 0 0; color: var(--muted); }
.requester { margin: 8px 0 0; display: flex; align-items: center; gap: 8px; }

/* Interactions */
.interactions { list-style: none; margin: 0 0 8px; padding: 0; }
.interactions li { display: flex; align-items: baseline; gap: 8px; padding: 6px 0; border-bottom: 1px solid var(--border); }
/* The ticket number and status keep their width; the subject wraps, whole, since a requester's subjects
   often share their first words ("Damaged rental: …") and a cut one could not be told from the next. */
.interactions li > a, .interactions .status { flex-shrink: 0; }
.interactions li > a bdi { overflow-wrap: normal; }
.interaction-subject { min-width: 0; }

/* Conversation bubbles: end user on the left, agents and bots on the right, system in the middle */
.messages { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 14px; }
.message { display: flex; align-items: flex-start; gap: 10px; max-width: 80%; }
.message[data-role="agent"], .message[data-role="bot"] { flex-direction: row-reverse; align-self: flex-end; }
.message[data-role="system"] { align-self: center; max-width: 90%; }
.message[data-role="system"] .avatar { display: none; }
.bubble { padding: 8px 12px; border-radius: 12px; background: var(--end-user-bubble); min-width: 0; }
.message[data-role="end-user"] .bubble { border-top-left-radius: 4px; }
.message[data-role="agent"] .bubble { background: var(--agent-bubble); border-top-right-radius: 4px; }
.message[data-role="bot"] .bubble { background: var(--bot-bubble); border-top-right-radius: 4px; }
.message[data-role="system"] .bubble { background: transparent; border: 1px dashed var(--border); color: var(--muted); text-align: center; }
/* An internal note looks like one whoever wrote it: this outranks the role colours above. */
.message.message-private .bubble { background: var(--note-bubble); border: 1px solid var(--note-border); }
.message-meta { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin: 0 0 4px; font-size: 12px; }
.message-meta .author { font-weight: 600; display: inline-flex; align-items: center; gap: 4px; }
.message-meta time { color: var(--muted); }
.role-label { color: var(--muted); text-transform: capitalize; }
.private-label { font-weight: 600; color: var(--warning); }
.message-text { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.message-rule { margin: 6px 0 0; font-size: 12px; color: var(--muted); }
.form-asked { margin: 6px 0 0; padding-left: 18px; }
.redaction-notice { max-width: 1440px; margin: 12px auto 0; padding: 8px 20px; }
.symbols { position: absolute; width: 0; height: 0; overflow: hidden; }
.media, .url { overflow-wrap: anywhere; }
.url { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: var(--muted); }
.form-fields { margin: 6px 0 0; display: grid; gap: 4px; }
.form-fields div { display: grid; grid-template-columns: minmax(90px, auto) minmax(0, 1fr); gap: 8px; }
.form-fields dt { color: var(--muted); }
.form-fields dd { margin: 0; }
.actions { list-style: none; margin: 8px 0 0; padding: 0; display: grid; gap: 4px; }
.action { display: inline-block; padding: 2px 10px; border: 1px solid var(--link); border-radius: 14px; color: var(--link); text-decoration: none; font-size: 13px; }
.empty-conversation { padding: 24px; text-align: center; color: var(--muted); border: 1px dashed var(--border); border-radius: 8px; }
.report-ticket { border-top: 1px solid var(--border); padding-top: 12px; margin-top: 16px; }

/* Diagnostics */
.diagnostics { list-style: none; margin: 0; padding: 0; }
.diagnostic { padding: 10px 12px; margin: 0 0 8px; border-left: 4px solid var(--border); background: var(--bg); border-radius: 4px; }
.diagnostic p { margin: 0 0 4px; }
.diagnostic-head { font-size: 13px; }
.severity, .severity-badge { display: inline-block; padding: 0 6px; border-radius: 4px; font-size: 11px; font-weight: 600; text-transform: uppercase; background: var(--border); color: var(--text); }
.severity-error { border-left-color: var(--error); }
.severity-warning { border-left-color: var(--warning); }
.severity-note { border-left-color: var(--link); }
.severity-error .severity, .severity-badge.severity-error { background: var(--error); color: var(--on-severity); }
.severity-warning .severity, .severity-badge.severity-warning { background: var(--warning); color: var(--on-severity); }
.advice { color: var(--muted); }

/* Phones (390 px): less padding, bubbles as wide as the card, two counts a row. Last, so it wins. */
@media (max-width: 600px) {
  main { padding: 12px; }
  .card { padding: 12px 14px; }
  .top-bar { gap: 4px 12px; padding: 6px 12px; }
  .page-head { align-items: flex-start; }
  .message { max-width: 100%; }
  .message .avatar { width: 28px; height: 28px; font-size: 11px; }
  .fields div, .essentials-card .fields div { grid-template-columns: minmax(90px, 35%) minmax(0, 1fr); }
  .counts { grid-template-columns: repeat(2, minmax(0, 1fr)); }
}

/* Print: light, no navigation, no scrolling boxes. A short ticket fits one page: the layout is one column,
   the properties sit in a row, and only a bubble (never a whole card) is kept from breaking across pages. */
@media print {
  /* Every colour light, whatever the screen's scheme: a dark-mode bubble printed dark grey under black text. */
  :root {
    --bg: #fff; --surface: #fff; --text: #000; --muted: #444; --border: #bbb; --shadow: none; color-scheme: light;
    --link: #1b6aa8; --check-text: #038153; --on-severity: #ffffff; --end-user-bubble: #f3f4f5;
    --agent-bubble: #e9f3fc; --bot-bubble: #f1edfb; --note-bubble: #fff7e5; --note-border: #f5d495;
    --warning: #ad5918; --error: #cc3340; --good-bg: #edf8f4; --warn-bg: #fff7ed; --error-bg: #fff0f1;
  }
  /* Badges keep their words when backgrounds are not printed (the print dialog's default): black on white,
     outlined, never white text on a background that is not there. */
  .status, .severity, .severity-badge, .auth, .severity-error .severity, .severity-warning .severity,
  .severity-badge.severity-error, .severity-badge.severity-warning { background: none; color: #000; border: 1px solid #000; }
  /* Tables print at the page's width, not the screen's: their values wrap anywhere rather than shrink the page. */
  .table-scroll td bdi, .table-scroll td code { overflow-wrap: anywhere; }
  @page { margin: 12mm; }
  body { background: #fff; color: #000; font-size: 11px; line-height: 1.35; }
  .top-nav, .skip-link { display: none; }
  .top-bar { background: none; color: #000; height: auto; padding: 0 0 4px; border-bottom: 1px solid #bbb; }
  .product-mark { background: #ddd; color: #000; }
  main { padding: 6px 0; max-width: none; }
  .columns { grid-template-columns: minmax(0, 1fr); gap: 8px; }
  /* The ticket: properties in a row across the top, the customer context in a narrow column beside the
     conversation. */
  .ticket-layout { grid-template-columns: minmax(0, 1fr) 190px; gap: 8px; }
  .ticket-properties { grid-column: 1 / -1; }
  .context-panel .fields div { grid-template-columns: minmax(0, 1fr); gap: 0; }
  .context-panel .card-identity .avatar { display: none; }
  .card { box-shadow: none; padding: 8px 10px; margin: 0 0 8px; border-radius: 4px; }
  .card-identity, .message, tr, .diagnostic { break-inside: avoid; }
  h1, h2, h3, h4 { break-after: avoid; }
  h1 { font-size: 18px; }
  h2 { font-size: 14px; margin: 0 0 6px; }
  .ticket-properties .fields { grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 2px 12px; margin-top: 4px; }
  .ticket-properties .fields div { display: flex; gap: 6px; }
  .messages { gap: 6px; }
  .message { max-width: 100%; }
  .bubble { padding: 4px 8px; }
  .message-meta, .message-rule, .key, .head-facts, .fields, table, .page-footer { font-size: 10px; }
  .message-rule { margin-top: 2px; }
  .avatar { width: 24px; height: 24px; font-size: 9px; }
  .table-scroll { overflow: visible; }
  .users-card { overflow: visible; }
  .mapping { min-width: 0; }
  .page-footer { padding: 6px 0 0; }
  a { color: #000; }
}

/* diff.html */
.diff-headline { font-weight: 600; }
.diff-list li { margin: 0.35rem 0; }
/* Every value from the export sits in a <bdi>: a right-to-left override or right-to-left letters in it
   cannot reorder the page text after it or move the check mark (AgentView rules §12). Browsers isolate
   <bdi> already; this says so for any that do not. An export value may also be one long word (a 400-character
   name, a pasted token): it wraps anywhere rather than widening the page past a phone's screen. */
bdi { unicode-bidi: isolate; overflow-wrap: anywhere; }
/* A table in a frame that scrolls sideways (.table-scroll) has room: a value there wraps only where it must,
   so that no column is squeezed into breaking an id or an email mid-word. Other tables must fit the page. */
.table-scroll bdi { overflow-wrap: break-word; }

/* Paged lists and the diff's before → after (issue 15 items 1 and 2; kept in one block to ease merges). */
.pager p, .pager-end { margin: 0.25rem 0; }
.pager-pages { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; list-style: none; margin: 0.5rem 0 0; padding: 0; }
.pager-pages li { overflow-wrap: anywhere; }
.pager-pages .pager-gap::before { content: "… "; color: var(--muted); }
.pager-pages a[aria-current="page"] { font-weight: 700; text-decoration: none; }
.sections ol { margin: 0.25rem 0 0; padding-left: 1.5rem; }
.diagnostic-summary .number, .diff-summary .number { text-align: right; }
.diff-change .name { font-weight: 600; }
.diff-change .auth-check { vertical-align: -3px; }

/* Parts of long pages and the A–Z jump of the user list (issue 15, the rest). */
.az-jump h2 { margin-bottom: 0.25rem; }
.az-jump dl { margin: 0; }
.az-jump dl > div { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; align-items: baseline; margin: 0.25rem 0; }
.az-jump dt { font-weight: 600; }
.az-jump dd { margin: 0; }
.az-jump .letters { display: flex; flex-wrap: wrap; gap: 0.25rem; list-style: none; margin: 0; padding: 0; }
.az-jump .letters a { display: inline-block; min-width: 1.75rem; padding: 0.125rem 0.25rem; text-align: center; }
.conversation-panel > .pager { box-shadow: none; border: 0; padding: 0; margin: 0 0 0.75rem; }
.message-cut { font-size: 0.875em; }

"""#,
        "ticket.mustache": #"""
{{<layout}}
{{$content}}
{{#header}}
<div class="page-head card ticket-head" id="ticket-header">
  <div>
    <p class="head-facts">Ticket #<bdi>{{id}}</bdi> {{>partials/status}} <bdi class="channel">{{channel}}</bdi></p>
    <h1><bdi>{{subject}}</bdi></h1>
    {{#requester}}
    <p class="requester"><span class="avatar avatar-small" aria-hidden="true"><bdi>{{initials}}</bdi></span> {{#href}}<a href="{{href}}">{{>partials/name-with-mark}}</a>{{/href}}{{^href}}{{>partials/name-with-mark}}{{/href}}</p>
    {{/requester}}
    <p class="mark-explanation"><bdi>{{explanation}}</bdi></p>
  </div>
</div>
{{/header}}
<div class="ticket-layout">
  <aside class="card ticket-properties" aria-labelledby="properties-heading">
    <h2 id="properties-heading">Ticket properties</h2>
    {{#header}}
    <dl class="fields">
      <div><dt>Status</dt><dd>{{>partials/status}}</dd></div>
      <div><dt>Channel</dt><dd><bdi>{{channel}}</bdi></dd></div>
      <div><dt>Brand</dt><dd>{{#brand}}<bdi>{{brand}}</bdi>{{/brand}}{{^brand}}{{>partials/none}}{{/brand}}</dd></div>
      <div><dt>Requester</dt><dd><bdi>{{requester.name}}</bdi></dd></div>
      <div><dt>Created</dt><dd>{{#created}}{{>partials/time}}{{/created}}{{^created}}{{>partials/none}}{{/created}}</dd></div>
      <div><dt>Updated</dt><dd>{{#updated}}{{>partials/time}}{{/updated}}{{^updated}}{{>partials/none}}{{/updated}}</dd></div>
    </dl>
    {{/header}}
  </aside>
  <div class="card conversation-panel">
{{>partials/pager}}
{{>partials/conversation}}
{{>partials/pager-end}}
  </div>
  <aside class="context-panel" aria-label="Customer context">
    {{>partials/essentials-card}}
    <section class="card" id="interactions" aria-labelledby="interactions-heading">
      <h2 id="interactions-heading">Interactions</h2>
      {{#hasInteractions}}
      <ul class="interactions">
        {{#interactions}}
        <li><a href="{{href}}">#<bdi>{{id}}</bdi></a> {{>partials/status}} <bdi class="interaction-subject">{{subject}}</bdi></li>
        {{/interactions}}
      </ul>
      {{#moreInteractions}}
      <p class="muted">{{moreInteractions.count}} older tickets on {{#moreInteractions.href}}<a href="{{moreInteractions.href}}">the requester's page</a>{{/moreInteractions.href}}{{^moreInteractions.href}}the requester's page{{/moreInteractions.href}}.</p>
      {{/moreInteractions}}
      {{/hasInteractions}}
      {{^hasInteractions}}
      <p class="muted">No other tickets from this requester.</p>
      {{/hasInteractions}}
    </section>
    {{#hasDiagnostics}}
    <section class="card" id="diagnostics" aria-labelledby="diagnostics-heading">
      <h2 id="diagnostics-heading">Diagnostics</h2>
      {{>partials/diagnostic-list}}
    </section>
    {{/hasDiagnostics}}
  </aside>
</div>
{{/content}}
{{/layout}}

"""#,
        "user.mustache": #"""
{{<layout}}
{{$content}}
{{>partials/user-head}}
{{#isFirstPart}}
{{>partials/user-body}}
{{/isFirstPart}}
{{^isFirstPart}}
{{#hasTickets}}
{{>partials/user-tickets}}
{{/hasTickets}}
{{^visible}}
{{>partials/hidden-conversations}}
{{/visible}}
{{/isFirstPart}}
{{/content}}
{{/layout}}

"""#,
    ]
}
