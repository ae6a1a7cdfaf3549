package dev.preflight.report;

/**
 * The report's stylesheet, inlined so index.html needs nothing else. The font stack names the
 * Korean system fonts of each platform, since buyer-facing texts in the evidence are Korean.
 */
final class ReportStyle {
  static final String CSS =
      """
      :root{--fail:#c62828;--fail-bg:#fdecea;--warn:#a15c00;--warn-bg:#fff4e0;--review:#5b3fb0;
      --review-bg:#f1ecfd;--pass:#1e7a34;--pass-bg:#e8f5ec;--skip:#5f6368;--skip-bg:#f1f3f4;
      --line:#dfe3e8;--ink:#1f2328;--muted:#5f6b7a}
      *{box-sizing:border-box}
      body{margin:0;background:#f6f7f9;color:var(--ink);line-height:1.55;font-size:15px;
      font-family:-apple-system,BlinkMacSystemFont,"Segoe UI","Apple SD Gothic Neo",
      "Malgun Gothic","맑은 고딕","Noto Sans KR","Noto Sans CJK KR","NanumGothic",Roboto,
      "Helvetica Neue",Arial,sans-serif;word-break:keep-all;overflow-wrap:break-word}
      main{max-width:1120px;margin:0 auto;padding:24px 24px 64px}
      h1{font-size:26px;margin:2px 0 4px}h2{font-size:20px;margin:36px 0 12px}
      h3{font-size:17px;margin:0}h4{font-size:15px;margin:0 0 6px}
      h5{font-size:13px;margin:14px 0 6px;color:var(--muted);text-transform:uppercase;
      letter-spacing:.03em}
      a{color:#0b57d0}code,pre,.rid,.seq{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,
      "D2Coding","NanumGothicCoding",monospace}
      .kicker{margin:0;color:var(--muted);font-size:13px;letter-spacing:.04em;text-transform:uppercase}
      .meta{margin:0;color:var(--muted);font-size:14px}
      .meta span+span:before{content:" · "}
      .banner{margin:20px 0 8px;padding:20px 24px;border-radius:10px;border:1px solid;
      border-left-width:8px}
      .banner h2{margin:0 0 6px;font-size:22px}.banner p{margin:4px 0}
      .intro{margin:8px 0 4px;color:#3b4350;max-width:72em}
      .banner.fail{background:var(--fail-bg);border-color:var(--fail);color:#5c1010}
      .banner.pass{background:var(--pass-bg);border-color:var(--pass);color:#0f3d1b}
      .banner.incomplete{background:var(--warn-bg);border-color:var(--warn);color:#4a3000}
      .banner.incomplete .why{color:#3b4350}
      .counts{display:flex;flex-wrap:wrap;gap:8px;margin:14px 0 0;padding:0;list-style:none}
      .counts li{background:#fff;border:1px solid var(--line);border-radius:999px;padding:3px 12px;
      font-size:14px;color:var(--ink)}
      .counts b{font-size:15px}
      .notice{background:#fff8d6;border:1px solid #e6cf6b;border-radius:8px;padding:10px 14px;
      margin:10px 0}
      table{border-collapse:collapse;width:100%;background:#fff;border:1px solid var(--line);
      border-radius:8px;overflow:hidden}
      th,td{text-align:left;padding:8px 10px;border-bottom:1px solid var(--line);vertical-align:top}
      th{background:#f0f2f5;font-size:13px;color:var(--muted);font-weight:600}
      table.rules td.tally{color:var(--muted);font-size:14px}
      table.rules tr.v-not-run td,table.rules tr.v-skipped td{color:var(--muted)}
      table.rules tr.v-not-run a,table.rules tr.v-skipped a{color:#6b7fa6}
      ol.to-fix{margin:12px 0 4px;padding:10px 14px 10px 34px;background:#fff;border-radius:8px;
      border:1px solid var(--line);color:var(--ink)}
      .banner.fail ol.to-fix{border-color:#f0b7b3}
      ol.to-fix li{margin:3px 0}ol.to-fix .where{color:var(--muted);font-size:14px}
      table.rules tr.v-failed td:first-child{box-shadow:inset 4px 0 var(--fail)}
      table.rules tr.v-warning td:first-child{box-shadow:inset 4px 0 var(--warn)}
      table.rules tr.v-review td:first-child{box-shadow:inset 4px 0 var(--review)}
      .rid{white-space:nowrap;font-weight:600}
      .badge{display:inline-block;border-radius:4px;padding:1px 8px;font-size:12px;font-weight:700;
      letter-spacing:.02em;white-space:nowrap;vertical-align:1px}
      .badge.v-failed{background:var(--fail);color:#fff}
      .badge.v-warning{background:var(--warn);color:#fff}
      .badge.v-review{background:var(--review);color:#fff}
      .badge.v-passed{background:var(--pass-bg);color:var(--pass);border:1px solid #b6dcc0}
      .badge.v-skipped{background:var(--skip-bg);color:var(--skip);border:1px solid var(--line)}
      .badge.v-not-run{background:#fff;color:var(--skip);border:1px dashed #b0b6bd}
      .sev{display:inline-block;font-size:12px;border-radius:4px;padding:1px 7px;white-space:nowrap;
      border:1px solid var(--line);color:var(--muted);background:#fff}
      .sev.s-fail{color:var(--fail);border-color:#f0b7b3}
      .sev.s-warn{color:var(--warn);border-color:#f0d3a6}
      .rule{background:#fff;border:1px solid var(--line);border-radius:10px;padding:18px 20px;
      margin:0 0 18px}
      .rule.v-failed{border-top:5px solid var(--fail)}
      .rule.v-warning{border-top:5px solid var(--warn)}
      .rule.v-review{border-top:5px solid var(--review)}
      .rule-head{display:flex;align-items:center;gap:10px;flex-wrap:wrap}
      .rule-head h3{flex:1}
      .clause{margin:12px 0;padding:10px 14px;background:#f6f8fa;border-left:4px solid #c4cbd3;
      color:#33404d;font-size:14px}
      .clause .k,.brief .k{display:block;font-size:11px;text-transform:uppercase;
      letter-spacing:.05em;color:var(--muted);font-weight:700}
      .brief .k{display:inline;margin-left:6px}
      .finding{border:1px solid var(--line);border-radius:8px;padding:14px 16px;margin:12px 0}
      .finding.v-failed{border-left:4px solid var(--fail)}
      .finding.v-warning{border-left:4px solid var(--warn)}
      .finding.v-review{border-left:4px solid var(--review)}
      .scenario{font-weight:600}
      .device{display:inline-block;font-size:12px;background:#eef1f5;border-radius:4px;
      padding:0 6px;margin-left:4px;color:var(--muted);font-weight:600}
      .reason{margin:4px 0 10px}
      .compare{display:grid;grid-template-columns:1fr 1fr;gap:10px}
      .compare>div{border-radius:6px;padding:8px 12px}
      .compare h5{margin:0 0 4px}
      .compare p{margin:0;white-space:pre-wrap}
      .expected{background:var(--pass-bg);border:1px solid #b6dcc0}
      .actual{background:var(--fail-bg);border:1px solid #f0b7b3}
      .v-warning .actual{background:var(--warn-bg);border-color:#f0d3a6}
      .v-review .actual{background:var(--review-bg);border-color:#d5c9f5}
      .diff{margin:12px 0;padding:8px 12px;background:#fff;border:1px solid var(--line);
      border-radius:6px}
      .diff h5{margin:6px 0 2px}.diff p{margin:0 0 4px;white-space:pre-wrap;font-size:15px}
      .diff ins{background:#d3f3dc;color:#0f3d1b;text-decoration:none;border-radius:3px;
      padding:0 2px;box-shadow:inset 0 -2px #6cc488}
      .diff del{background:var(--fail-bg);color:var(--fail);text-decoration:line-through 2px;
      border-radius:3px;padding:0 2px}
      .diff-legend{font-size:12px;color:var(--muted)}.diff-legend del{margin-left:8px}
      dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 14px;margin:12px 0;
      font-size:14px}
      dl.facts dt{color:var(--muted);font-family:ui-monospace,Menlo,Consolas,monospace;
      font-size:13px}
      dl.facts dd{margin:0;min-width:0}
      table.review td{vertical-align:top}table.review td:nth-child(2){min-width:12em}
      table.review ul{margin:0;padding-left:1.1em}table.review tr.blank td:nth-child(2){color:#8a5300}
      table.review pre.json{margin-top:6px}
      pre.json{margin:0;background:#f6f8fa;border:1px solid var(--line);border-radius:6px;
      padding:8px 10px;font-size:12.5px;line-height:1.45;white-space:pre-wrap;
      overflow-wrap:anywhere;max-height:640px;overflow:auto}
      details.journal{margin:12px 0 0;border:1px solid var(--line);border-radius:6px;padding:6px 12px;
      background:#fbfcfd}
      details>summary{cursor:pointer;color:#0b57d0;font-size:14px}
      details.journal[open]>summary{margin-bottom:6px}
      table.calls{font-size:13px}table.calls td.call{white-space:nowrap}
      table.calls td{vertical-align:top}table.calls td.body{width:40%}
      details.body>summary{font-size:13px;white-space:nowrap}details.body[open]>summary{margin-bottom:4px}
      details.body .note{font-size:12px;color:var(--muted);margin:4px 0 0}
      .seq{color:var(--muted);font-weight:400;font-size:12px}
      .shot{margin:14px 0 0}.shot img{max-width:100%;max-height:520px;border:1px solid var(--line);
      border-radius:6px}
      .shot figcaption{font-size:12px;color:var(--muted)}
      details.others{margin-top:10px}
      ul.outcomes{margin:8px 0 0;padding-left:18px;font-size:14px}
      ul.outcomes li{margin:4px 0}
      .brief{margin:2px 0 0;color:var(--muted);font-size:13px}
      .rule-mini{background:#fff;border:1px solid var(--line);border-radius:6px;padding:4px 12px;
      margin:0 0 4px;font-size:14px}
      .rule-mini>summary{color:var(--ink)}
      .muted,.note{color:var(--muted);font-size:13px}
      .none{color:var(--muted);font-style:italic}
      .legend{display:grid;grid-template-columns:max-content 1fr;gap:6px 14px;font-size:14px;
      background:#fff;border:1px solid var(--line);border-radius:8px;padding:14px 18px}
      .legend dt{text-align:right}.legend dd{margin:0}
      .fix{margin:12px 0;padding:10px 14px;background:#eef6ff;border-left:4px solid #0b57d0;
      border-radius:0 6px 6px 0}
      .fix h4{margin:0 0 4px;color:#0b57d0}.fix p{margin:4px 0}
      pre.code{margin:6px 0;background:#fff;border:1px solid var(--line);border-radius:6px;
      padding:8px 10px;font-size:12.5px;line-height:1.45;white-space:pre-wrap;overflow-wrap:anywhere}
      .kind{display:inline-block;font-size:11px;border:1px solid #9aa5b1;border-radius:4px;
      padding:0 6px;margin-left:6px;color:var(--muted);white-space:nowrap}
      footer{margin-top:32px;color:var(--muted);font-size:13px}
      @media (max-width:720px){.compare{grid-template-columns:1fr}main{padding:14px}}
      @media print{details{display:block}body{background:#fff}}
      """;

  private ReportStyle() {}
}
