/// The matrix page's stylesheet, inlined: system fonts, no external resource.
enum MatrixPageStyle {
    static let css = """
        :root{--ink:#1d2430;--muted:#5b6575;--line:#d5dae2;--bg:#fff;--panel:#f6f8fa;--mark:#8a96a8;
        --ok:#c7e9c0;--okb:#4f9e4a;--b3:#fde3a0;--b2:#fbbf76;--b1:#f08c5a;--b0:#d4443a;--unk:#dfe3ea;--abi:#b9d4f1;
        --sup:#5fae5a;--dep:#e5a23a}
        *{box-sizing:border-box}
        body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg);margin:0 auto;padding:20px 24px 48px;max-width:1440px}
        h1{font-size:24px;margin:0 0 6px}h2{font-size:18px;margin:0 0 8px}h3{font-size:14px;margin:0 0 6px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
        p{margin:4px 0}.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
        .rel{display:inline-block;font:600 13px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--panel);border:1px solid var(--line);border-radius:4px;padding:0 6px;margin-right:2px}
        .scope{background:#fff8e1;border-left:4px solid #e0b000;padding:6px 10px;margin:8px 0;max-width:1100px}
        .error{background:#fde8e6;border-left:4px solid #c62828;padding:6px 10px;font-weight:600}
        nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:6px;padding:0;margin:10px 0}
        nav a{display:block;border:1px solid var(--line);border-radius:6px;padding:3px 10px;text-decoration:none;color:var(--ink);background:var(--panel)}
        nav a:hover,nav a:focus{border-color:#4a7bd0}nav a span{color:var(--muted);font-size:12px}
        .help{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1.2fr);gap:16px;margin:8px 0 4px;font-size:13px}
        .help section{background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:10px 14px}
        .howto ol{margin:0;padding-left:18px}.howto li{margin:2px 0}
        .keys{display:flex;flex-wrap:wrap;gap:4px 12px;margin:0 0 6px;align-items:center}
        .key{display:inline-flex;align-items:center;gap:4px}
        .sw{display:inline-block;width:18px;height:14px;border-radius:3px;border:1px solid rgba(0,0,0,.15)}
        .kinds{display:grid;grid-template-columns:1fr 1fr;gap:0 14px;margin:4px 0 0}.kinds div{display:flex;gap:6px}.kinds dt{flex:none}.kinds dd{margin:0;color:var(--muted)}
        .k{display:inline-block;font:11px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#e8edf5;border-radius:3px;padding:0 4px;margin:1px 2px 1px 0}
        .v{display:inline-block;font-size:11px;font-weight:600;border-radius:9px;padding:0 7px;margin-right:4px}
        .v-compatible{background:var(--ok);color:#1e4d1b}.v-incompatible{background:var(--b0);color:#fff}.v-unknown{background:var(--unk);color:#333}.v-abi-changed{background:var(--abi);color:#173a61}
        .family{border-top:2px solid var(--line);margin-top:22px;padding-top:12px}
        .family h2 .target{font-weight:400;color:var(--muted);font-size:14px;margin-left:6px}
        .family-body{display:flex;flex-wrap:wrap;gap:14px 28px;align-items:flex-start}
        .heat{flex:0 0 auto}.life{flex:1 1 100%;min-width:0}
        table{border-collapse:collapse}
        .heatmap th{font:600 12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;padding:3px 4px;color:var(--muted)}
        .heatmap tbody th{text-align:right}
        .heatmap td{padding:2px;width:64px;height:46px}
        .corner{position:relative;width:64px;height:34px}.corner .to{position:absolute;right:4px;top:0}.corner .from{position:absolute;left:2px;bottom:0}
        .hm{display:flex;flex-direction:column;align-items:center;justify-content:center;width:100%;height:100%;border:1px solid rgba(0,0,0,.12);border-radius:5px;cursor:pointer;font:inherit;color:#222;padding:0}
        .hm b{font-size:14px}.hm small{font-size:11px;opacity:.85}
        .hm:hover{outline:2px solid #33404f;outline-offset:0}.hm:focus-visible{outline:3px solid #1a5fd0;outline-offset:1px}
        .hm.sel{outline:3px solid #1d2430;outline-offset:1px}
        .ok{background:var(--ok)}.abi{background:var(--abi)}.b3{background:var(--b3)}.b2{background:var(--b2)}.b1{background:var(--b1)}.b0{background:var(--b0)}.hm.b0{color:#fff}
        .unk{background:repeating-linear-gradient(135deg,var(--unk) 0 6px,#eef0f4 6px 12px)}
        td.none{background:#f3f4f6;color:#9aa3af;text-align:center;border-radius:5px}.sw.none{background:#f3f4f6}
        td.diag{background:linear-gradient(to top right,transparent 48%,#d9dde3 49%,#d9dde3 51%,transparent 52%)}
        .details{flex:1 1 460px;min-width:0;margin-top:24px;border:1px solid var(--line);border-radius:8px;background:var(--panel);padding:8px 10px;font-size:12.5px}
        .details .hint{color:var(--muted)}
        .details h4{margin:0 0 4px;font-size:14px}.details table{width:100%}
        .details th,.details td,.tip th,.tip td{text-align:left;vertical-align:top;padding:2px 6px 2px 0;border-bottom:1px solid #e3e7ec}
        .mono,.details td:first-child,.tip td:first-child{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:nowrap}
        .tip{position:absolute;z-index:10;max-width:680px;background:#fff;border:1px solid #9aa5b5;border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.18);padding:8px 10px;font-size:12px;pointer-events:none}
        .tip h4{margin:0 0 2px;font-size:13px}.tip .more{color:var(--muted);margin-top:4px}
        .tip td{white-space:nowrap}.tip td:last-child{white-space:normal;min-width:220px}.tip .v{margin:0}
        .timeline{width:100%;font-size:12px}
        .timeline th,.timeline td{padding:1px 4px;border-bottom:1px solid #eceff3;white-space:nowrap;text-align:left}
        .timeline thead th{font-size:11.5px;color:var(--muted);vertical-align:bottom;border-bottom:1px solid var(--line)}
        .timeline tbody th{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
        .timeline tbody tr:hover{background:#f2f6fc}
        .timeline .st{text-align:center;min-width:66px;font-size:11px}
        .s-supported{background:#d7efd2;color:#1e4d1b}.s-deprecated{background:#fce7b6;color:#6a4700}.s-deleted{background:#f6c3bd;color:#7a1d14}
        .s-absent{background:#f5f6f8;color:#a0a8b4}.timeline td.st{border-left:2px solid #fff}
        .never{color:#a0a8b4}
        th.axis{position:relative;width:100%;min-width:160px}
        .ticks{position:relative;height:14px;margin-right:8px}.ticks span{position:absolute;transform:translateX(-50%);font-size:10.5px}
        td.bar{padding:1px 8px 1px 4px}
        .track{position:relative;height:12px;background-image:var(--marks);background-size:1px 100%;background-repeat:no-repeat;background-position:var(--mark-pos)}
        .track span{position:absolute;top:2px;height:8px}
        .track .sup{background:var(--sup);border-radius:4px 0 0 4px}.track .dep{background:var(--dep);border-radius:0 4px 4px 0}
        .track .open{background-image:linear-gradient(to right,transparent 60%,rgba(255,255,255,.85))}
        .sw.bar-sup{background:var(--sup)}.sw.bar-dep{background:var(--dep)}
        @media (max-width:1100px){.help{grid-template-columns:1fr}.kinds{grid-template-columns:1fr}}
        """
}
