"""In a real browser: JupyterLab runs notebooks 01 and 03, the widgets draw and respond.

Headless widget tests (tests/test_widgets.py) show the Python side works; only a
browser shows that a student's JupyterLab draws it. The test starts its own
JupyterLab on a free loopback port, with a token and settings of its own, on
copies of the notebooks in a temporary folder (nothing in the repository
changes), and drives Debian's Chromium with Playwright: open the notebook, wait
for the kernel, Run > Run All Cells, then look at the page. It also opens the
highlight of a hostile article and checks that nothing in it runs.

Needs Playwright (the ``test`` extra) and Chromium at /usr/bin/chromium (on
Debian or Ubuntu: ``apt-get install chromium``); it never downloads a browser.
Without them it is skipped, except where CI=true: there it fails instead.
Screenshots go to test-output/browser/.

What it can not tell you: it runs one browser, one screen size and the kit's
own JupyterLab; it does not show that the page reads well, only that it draws.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from framing import render
from framing.lexicon import CATEGORIES

pytestmark = [pytest.mark.browser, pytest.mark.timeout(300)]

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
EXPLORER_NOTEBOOK = "01-reading-for-framing.ipynb"
LEDGER_NOTEBOOK = "03-who-gets-quoted.ipynb"
SCREENSHOTS = ROOT / "test-output" / "browser"
CHROMIUM = Path("/usr/bin/chromium")
# The flags: no sandbox (root in CI), and nothing that reaches the network.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# JupyterLab user settings: no news or update pop-ups over the page, and every cell
# attached to the page (the default windowing leaves cells out of view unrendered).
LAB_SETTINGS = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false",
        "checkForUpdates": False,
        "doNotDisturbMode": True,
    },
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
}
SERVER_CONFIG = {
    "LabApp": {"news_url": None, "check_for_updates_class": "jupyterlab.NeverCheckForUpdate"}
}

SERVER_START_S = 60
KERNEL_IDLE_MS = 60_000
RUN_ALL_MS = 120_000
WIDGET_UPDATE_MS = 20_000


def _unavailable(reason: str) -> None:
    """Skip on a student's machine; in CI a skipped browser test would prove nothing."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI=true: the browser test must run here, not skip)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def chromium_path() -> Path:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        _unavailable("Playwright is not installed (it comes with the kit's test extra)")
    if not CHROMIUM.exists():
        _unavailable(f"no Chromium at {CHROMIUM} (on Debian or Ubuntu: apt-get install chromium)")
    return CHROMIUM


# --- JupyterLab -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Lab:
    url: str
    token: str
    log: Path

    def open_url(self, notebook: str) -> str:
        # A workspace per notebook, so one notebook's tabs are not restored with the next.
        workspace = re.sub(r"[^a-z0-9]+", "-", notebook.lower())
        return f"{self.url}/lab/workspaces/{workspace}/tree/{notebook}?reset&token={self.token}"

    def api(self, path: str) -> object:
        request = urllib.request.Request(
            f"{self.url}{path}", headers={"Authorization": f"token {self.token}"}
        )
        with urllib.request.urlopen(request, timeout=5) as response:
            return json.load(response)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _children(pid: int) -> list[int]:
    """Process ids whose parent is ``pid`` (Linux; elsewhere none are found)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, IndexError, ValueError):
            # The command name may hold spaces and brackets; fields resume after the last ")".
            fields = stat.read_text().rpartition(")")[2].split()
            if int(fields[1]) == pid:
                found.append(int(stat.parent.name))
    return found


def _stop(process: subprocess.Popen) -> None:
    """Stop the server (it shuts its kernels down), then make sure the kernels are gone too."""
    kernels = _children(process.pid)  # each kernel leads its own process group
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    for kernel in kernels:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(kernel, signal.SIGKILL)


def _tail(path: Path, lines: int = 25) -> str:
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])


@pytest.fixture(scope="module")
def lab(chromium_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lab]:
    """JupyterLab on copies of notebooks 01 and 03, stopped however the tests end."""
    base = tmp_path_factory.mktemp("jupyterlab")
    notebooks = base / "notebooks"
    notebooks.mkdir()
    for name in (EXPLORER_NOTEBOOK, LEDGER_NOTEBOOK):
        if not (NOTEBOOKS / name).exists():
            pytest.fail(
                f"The browser test runs notebooks/{name}, but it is missing.", pytrace=False
            )
        shutil.copy2(NOTEBOOKS / name, notebooks / name)
    for name, values in LAB_SETTINGS.items():
        target = base / "lab-settings" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(values))
    (base / "config").mkdir()
    (base / "config" / "jupyter_server_config.json").write_text(json.dumps(SERVER_CONFIG))
    # Own config, data and settings folders: a student's own Jupyter set-up plays no part.
    env = {
        **os.environ,
        "JUPYTER_CONFIG_DIR": str(base / "config"),
        "JUPYTER_DATA_DIR": str(base / "data"),
        "JUPYTER_RUNTIME_DIR": str(base / "runtime"),
        "JUPYTERLAB_SETTINGS_DIR": str(base / "lab-settings"),
        "JUPYTERLAB_WORKSPACES_DIR": str(base / "workspaces"),
    }
    token, port = secrets.token_hex(16), _free_port()
    command = [
        sys.executable,
        "-m",
        "jupyterlab",
        "--no-browser",
        "--allow-root",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}",
        f"--notebook-dir={notebooks}",
        # If this test process is killed outright (SIGKILL, no finalizer), the orphaned
        # server culls its idle kernels, then shuts itself down.
        "--MappingKernelManager.cull_idle_timeout=120",
        "--MappingKernelManager.cull_interval=30",
        "--ServerApp.shutdown_no_activity_timeout=60",
    ]
    log = base / "jupyterlab.log"
    with log.open("w") as output:
        process = subprocess.Popen(
            command, stdout=output, stderr=subprocess.STDOUT, env=env, start_new_session=True
        )

    def on_sigterm(signum, frame):
        _stop(process)
        raise KeyboardInterrupt("SIGTERM: JupyterLab stopped")

    previous = signal.signal(signal.SIGTERM, on_sigterm)
    try:
        server = Lab(f"http://127.0.0.1:{port}", token, log)
        deadline = time.monotonic() + SERVER_START_S
        while True:
            if process.poll() is not None:
                pytest.fail(f"JupyterLab exited at once:\n{_tail(log)}", pytrace=False)
            with contextlib.suppress(OSError):
                server.api("/api/status")
                break
            if time.monotonic() > deadline:
                pytest.fail(
                    f"JupyterLab did not answer in {SERVER_START_S} s:\n{_tail(log)}", pytrace=False
                )
            time.sleep(0.2)
        yield server
    finally:
        _stop(process)
        signal.signal(signal.SIGTERM, previous)


# --- the browser ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser(chromium_path: Path, tmp_path_factory: pytest.TempPathFactory):
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile,
            executable_path=str(chromium_path),
            headless=True,
            args=CHROMIUM_FLAGS,
            viewport={"width": 1280, "height": 1400},
        )
        context.set_default_timeout(30_000)
        try:
            yield context
        finally:
            context.close()


@pytest.fixture
def page(browser):
    """A fresh tab that records every dialog (and dismisses it) and every uncaught error."""
    tab = browser.new_page()
    tab.dialogs = []
    tab.errors = []

    def on_dialog(dialog) -> None:
        tab.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    tab.on("dialog", on_dialog)
    tab.on("pageerror", lambda error: tab.errors.append(str(error)))
    yield tab
    tab.close()


def _screenshot(target, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    target.screenshot(path=str(SCREENSHOTS / f"{name}.png"))


# --- running a notebook -----------------------------------------------------------------------

# Code cells as (prompt, has source); an empty cell keeps its "[ ]:" prompt when run.
_CELLS = """() => [...document.querySelectorAll('.jp-Notebook .jp-CodeCell')].map(cell => [
    (cell.querySelector('.jp-InputPrompt') || {textContent: ''}).textContent.trim(),
    Boolean((cell.querySelector('.cm-content') || {textContent: ''}).textContent.trim()),
])"""
_FAILED = """() => [...document.querySelectorAll(
    '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')]
    .map(output => output.textContent)
    .filter(text => text.includes('Traceback (most recent call last)'))"""
_STARTED = f"() => ({_CELLS})().some(([prompt, code]) => code && prompt !== '[ ]:')"
# Done when nothing is queued or running, and every cell ran or one failed (Run All stops).
_FINISHED = f"""() => {{
    const cells = ({_CELLS})().filter(([prompt, code]) => code);
    if (cells.some(([prompt]) => !/^\\[(\\d+| )\\]:$/.test(prompt))) return false;
    return cells.every(([prompt]) => prompt !== '[ ]:') || ({_FAILED})().length > 0;
}}"""


def _kernel_status(page) -> str:
    return page.locator("#jp-main-statusbar").inner_text().replace("\n", " ")


def run_notebook(lab: Lab, page, notebook: str) -> None:
    """Open ``notebook``, wait for its kernel, Run All Cells from the menu, wait for the end."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import expect

    stem = Path(notebook).stem

    def fail(problem: str) -> None:
        _screenshot(page, f"{stem}-failed")
        prompts = " ".join(prompt for prompt, code in page.evaluate(_CELLS) if code)
        pytest.fail(
            f"{notebook}: {problem}\nCell prompts: {prompts}\n"
            f"Status bar: {_kernel_status(page)!r}\nScreenshot: {SCREENSHOTS / stem}-failed.png",
            pytrace=False,
        )

    page.goto(lab.open_url(notebook))
    cells = page.locator(".jp-Notebook .jp-Cell")
    expect(cells.first, f"JupyterLab did not show {notebook}").to_be_visible(timeout=60_000)
    # The toolbar reads "idle" before the kernel has started, and a Run All sent then is
    # dropped; the status bar names the kernel and reads Idle only once it is up.
    idle = page.locator("#jp-main-statusbar").get_by_text(re.compile(r"^(?!No Kernel).+\|\s*Idle$"))
    try:
        idle.wait_for(timeout=KERNEL_IDLE_MS)
    except PlaywrightTimeout:
        fail(f"the kernel was not idle after {KERNEL_IDLE_MS // 1000} s.\n{_tail(lab.log)}")
    page.get_by_role("menuitem", name="Run", exact=True).click()
    page.get_by_role("menuitem", name="Run All Cells", exact=True).click()
    try:
        page.wait_for_function(_STARTED, timeout=15_000)
    except PlaywrightTimeout:
        fail("Run > Run All Cells was clicked, but no cell started.")
    try:
        page.wait_for_function(_FINISHED, timeout=RUN_ALL_MS)
        idle.wait_for(timeout=KERNEL_IDLE_MS)
    except PlaywrightTimeout:
        fail(f"the cells had not finished after {RUN_ALL_MS // 1000} s.")
    failed = page.evaluate(_FAILED)
    if failed:
        fail(f"a cell raised an error:\n{failed[0][-2000:]}")


# --- the tests --------------------------------------------------------------------------------


def test_article_explorer_highlights_and_responds(lab, page):
    from playwright.sync_api import expect

    run_notebook(lab, page, EXPLORER_NOTEBOOK)
    name = Path(EXPLORER_NOTEBOOK).stem
    explorer = (
        page.locator(".widget-vbox")
        .filter(has=page.locator(".widget-checkbox"))
        .filter(has=page.locator(".fk-article"))
        .first
    )
    expect(explorer, f"{name}: no article explorer with a highlighted article").to_be_visible()
    view = explorer.locator(".fk-article").first
    terms, quotes = view.locator(".fk-term"), view.locator(".fk-quote")
    expect(terms.first, f"{name}: the article shows no marked loaded term").to_be_visible()
    expect(quotes.first, f"{name}: the article shows no marked quotation").to_be_visible()
    quotes.first.scroll_into_view_if_needed()
    _screenshot(page, f"{name}-explorer")

    # Untick the category with the most marks; its marks must go, the rest stay.
    before = terms.count()
    counts = {key: view.locator(f".fk-term.fk-cat-{key}").count() for key in CATEGORIES}
    category = max(counts, key=counts.get)
    marked = view.locator(f".fk-term.fk-cat-{category}")
    checkbox = explorer.locator(".widget-checkbox").filter(has_text=CATEGORIES[category])
    checkbox.locator("input[type=checkbox]").uncheck()
    expect(marked, f"{name}: unticking {CATEGORIES[category]!r} left its marks").to_have_count(
        0, timeout=WIDGET_UPDATE_MS
    )
    expect(terms, f"{name}: unticking one category changed other marks").to_have_count(
        before - counts[category]
    )
    checkbox.scroll_into_view_if_needed()
    _screenshot(page, f"{name}-explorer-without-{category}")
    checkbox.locator("input[type=checkbox]").check()
    expect(terms, f"{name}: ticking {CATEGORIES[category]!r} again").to_have_count(
        before, timeout=WIDGET_UPDATE_MS
    )
    assert not page.errors, f"{name}: errors in the page: {page.errors}"


def test_source_ledger_draws_its_chart(lab, page):
    from playwright.sync_api import expect

    run_notebook(lab, page, LEDGER_NOTEBOOK)
    name = Path(LEDGER_NOTEBOOK).stem
    ledger = page.locator(".widget-vbox").filter(has=page.locator(".fk-ledger")).first
    expect(ledger, f"{name}: no source ledger widget on the page").to_be_visible()
    chart = ledger.locator("img").first
    expect(chart, f"{name}: the source ledger shows no chart image").to_be_visible()
    unloaded = page.locator(".jp-OutputArea-output img").evaluate_all(
        "images => images.filter(i => !i.complete || i.naturalWidth === 0).map(i => i.alt)"
    )
    assert unloaded == [], f"{name}: {len(unloaded)} image(s) on the page did not load"
    _screenshot(chart, f"{name}-ledger-chart")
    ledger.locator(".fk-ledger").scroll_into_view_if_needed()
    _screenshot(page, f"{name}-ledger")
    assert not page.errors, f"{name}: errors in the page: {page.errors}"


HOSTILE = (
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=1">',
    '<a href="javascript:window.__pwned=1">x</a>',
    "<img src=x onerror=alert(1)>",
)


def _hostile_article() -> str:
    first, image, link, alert = HOSTILE
    return (
        f"Officials Defend Notorious Prison {first}\n"
        f'"This reckless {image} plan will fail," said Ana Ruiz, a spokesperson for the '
        f"city council.\n"
        f"Critics called the crackdown draconian and shameful: {link} and {alert}.\n"
        f'"We will appeal {link}," Tom Baker told reporters.'
    )


def test_hostile_article_runs_nothing_in_the_browser(browser, page, tmp_path):
    text = _hostile_article()
    html = render.highlight(text)
    document = f'<!doctype html><meta charset="utf-8"><title>hostile</title><body>{html}</body>'
    shown = tmp_path / "hostile.html"
    shown.write_text(document, encoding="utf-8")
    # The same payloads unescaped must run here, or the checks below would prove nothing.
    control = tmp_path / "control.html"
    control.write_text(f"<!doctype html><body>{HOSTILE[0]}</body>", encoding="utf-8")
    page.goto(control.as_uri())
    assert page.evaluate("window.__pwned") == 1, "scripts do not run in file:// pages here"

    page.goto(shown.as_uri())
    page.wait_for_load_state("load")
    payload = page.get_by_text("javascript:window.__pwned=1").first
    payload.click()
    page.wait_for_timeout(300)  # let any onerror or navigation fire
    _screenshot(page, "hostile-article")
    assert page.dialogs == [], f"a dialog opened: {page.dialogs}"
    assert page.evaluate("typeof window.__pwned") == "undefined", "the hostile article ran code"
    elements = page.evaluate(
        "[...document.querySelectorAll('script, img, a, iframe, [onerror], [onclick]')]"
        ".map(e => e.outerHTML.slice(0, 80))"
    )
    assert elements == [], f"the highlight made live elements from the article: {elements}"
    visible = page.locator(".fk-article").inner_text()
    for hostile in HOSTILE:
        assert hostile in visible, f"{hostile!r} is not shown as text"
    assert page.locator(".fk-article .fk-term").count() > 0, "no loaded term marked"
    assert page.locator(".fk-article .fk-quote").count() > 0, "no quotation marked"
    assert page.url == shown.as_uri(), f"clicking the text navigated to {page.url}"
