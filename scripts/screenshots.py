#!/usr/bin/env python3
"""Screenshots of the sample's pages for the README, taken with headless Chromium.

    python3 scripts/screenshots.py            # after `swift run agentview` has refreshed Output/

Writes docs/images/index.png (the user list), docs/images/ticket.png (a ticket whose end-user messages
carry the check mark after the login and not before) and docs/images/diff.png (a diff of a render with
--active-ticket-cap 2 against Output/), each 1200x900 in light mode. Needs Debian's chromium and
chromium-driver and PyPI's selenium, as .ci/browser_check.py does.
"""

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "Output"
IMAGES = ROOT / "docs" / "images"
WIDTH, HEIGHT = 1200, 900
# Ticket 5012: messages before the login unmarked, after it marked, each caption saying why.
TICKET = "tickets/5012.html"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agentview", default=str(ROOT / ".build/debug/agentview"))
    args = parser.parse_args()
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        sys.exit("screenshots: pip install selenium (and apt-get install chromium chromium-driver)")

    with tempfile.TemporaryDirectory(prefix="agentview-shots-") as work:
        capped = Path(work) / "capped"
        diff = Path(work) / "diff"
        subprocess.run([args.agentview, "render", "Samples", "--active-ticket-cap", "2", "--out", str(capped)],
                       cwd=ROOT, check=True, capture_output=True)
        # Exit 1 means there are changes, which this diff has.
        result = subprocess.run([args.agentview, "diff", str(capped), str(SITE), "--out", str(diff)],
                                cwd=ROOT, capture_output=True, text=True)
        if result.returncode != 1:
            sys.exit(f"screenshots: agentview diff exited {result.returncode}: {result.stderr}")

        options = webdriver.ChromeOptions()
        for arg in ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    "--force-color-profile=srgb"]:
            options.add_argument(arg)
        options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
        driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"),
                                  options=options)
        try:
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                                   {"features": [{"name": "prefers-color-scheme", "value": "light"}]})
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                   {"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False})
            IMAGES.mkdir(parents=True, exist_ok=True)
            for name, page in [("index", SITE / "index.html"), ("ticket", SITE / TICKET),
                               ("diff", diff / "diff.html")]:
                driver.get(page.as_uri())
                out = IMAGES / f"{name}.png"
                driver.save_screenshot(str(out))
                print(f"screenshots: {out.relative_to(ROOT)} ({out.stat().st_size // 1024} KB)")
        finally:
            driver.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
