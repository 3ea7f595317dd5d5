"""The program against its floors, as whole processes: start-up to a readable dashboard against a
bare ``QMainWindow``, ``export-pdf`` against LibreOffice converting the same text, ``sign`` with
a ``.p12`` against pyHanko alone signing the same PDF.

Run on demand: ``uv run pytest tests/benchmarks/test_whole_process.py --benchmark-only -s``.
Each pair runs by turns in the same session (medians of 5) and prints its ratio.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from benchmarks.process_timing import STOP_MARK, pair, program, program_env, timed_run
from pytest_benchmark.fixture import BenchmarkFixture
from signing_pki import P12_PASSWORD, SigningPki

CITY = "Przykładowo"

# Stops the clock when the dashboard paints the sample city's name: the officer can read it.
STARTUP_DRIVER = f"""
import importlib.abc, importlib.util, sys, time

def stop_when_the_city_is_painted(module):
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class Watch(QObject):
        def eventFilter(self, watched, event):
            if (event.type() == QEvent.Type.Paint
                    and watched.objectName() == "summary_official_name"
                    and {CITY!r} in watched.text()):
                sys.stderr.write("{STOP_MARK}%.6f\\n" % time.perf_counter())
                QTimer.singleShot(0, QApplication.quit)
            return False

    watch = Watch()
    shown = module.MainWindow.show

    def show_and_watch(self):
        QApplication.instance().installEventFilter(watch)
        shown(self)

    module.MainWindow.show = show_and_watch

class PatchWindowOnImport(importlib.abc.MetaPathFinder):
    # The program imports its window when it needs it; the watch is added then, so the
    # program's own import order is kept.
    def find_spec(self, name, path, target=None):
        if name != "pim_desktop.ui.main_window":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        run_module = spec.loader.exec_module

        def exec_module(module):
            run_module(module)
            stop_when_the_city_is_painted(module)

        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, PatchWindowOnImport())
from pim_desktop.app import main
sys.exit(main([]))
"""

# The floor: a bare window with the same line of text, the clock stopped when it is painted.
BARE_WINDOW = f"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            sys.stderr.write("{STOP_MARK}%.6f\\n" % time.perf_counter())
            QTimer.singleShot(0, QApplication.quit)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
label = QLabel("Gmina Miasto {CITY}")
watch = Watch()
label.installEventFilter(watch)
window.setCentralWidget(label)
window.show()
sys.exit(app.exec())
"""

# pyHanko alone: load the .p12 and sign, as the program's own signature does.
PYHANKO_ALONE = """
import sys
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers
source, target, p12, password = sys.argv[1:5]
signer = signers.SimpleSigner.load_pkcs12(p12, passphrase=password.encode())
with open(source, "rb") as document, open(target, "wb") as out:
    writer = IncrementalPdfFileWriter(document)
    signers.sign_pdf(
        writer, signers.PdfSignatureMetadata(field_name="Podpis1"), signer=signer, output=out
    )
"""


@pytest.fixture(scope="module")
def sample_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("sample-city")
    subprocess.run(program("sample-data"), env=program_env(home), check=True, capture_output=True)
    return home


def test_start_to_a_readable_dashboard(benchmark: BenchmarkFixture, sample_home: Path) -> None:
    env = program_env(sample_home)
    result = benchmark.pedantic(
        pair,
        args=(
            "start to the dashboard showing the city",
            lambda: timed_run([sys.executable, "-c", STARTUP_DRIVER], env, stop_mark=True),
            lambda: timed_run([sys.executable, "-c", BARE_WINDOW], env, stop_mark=True),
        ),
        rounds=1,
        iterations=1,
    )
    benchmark.extra_info.update(ratio=result.ratio, cpu_ratio=result.cpu_ratio)


def test_export_pdf_against_libreoffice(
    benchmark: BenchmarkFixture, sample_home: Path, tmp_path: Path
) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip(
            "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui"
        )
    env = program_env(sample_home)
    pdf = tmp_path / "wniosek.pdf"
    subprocess.run(program("export-pdf", "1", "--out", str(pdf), "--draft"), env=env, check=True)
    text = tmp_path / "wniosek.txt"
    subprocess.run(["pdftotext", "-layout", str(pdf), str(text)], check=True)
    profile = tmp_path / "lo-profile"
    converted = tmp_path / "lo"
    libreoffice = [
        soffice,
        f"-env:UserInstallation=file://{profile}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(converted),
        str(text),
    ]
    result = benchmark.pedantic(
        pair,
        args=(
            "export-pdf of the Leader application (14 pages) vs LibreOffice",
            lambda: timed_run(program("export-pdf", "1", "--out", str(pdf), "--draft"), env),
            lambda: timed_run(libreoffice, env),
        ),
        rounds=1,
        iterations=1,
    )
    assert (converted / "wniosek.pdf").stat().st_size > 0
    benchmark.extra_info.update(ratio=result.ratio, cpu_ratio=result.cpu_ratio)
    sys.stdout.write(f"LibreOffice takes {1 / result.ratio:.2f}× as long as PIM Desktop\n")


def test_sign_against_pyhanko_alone(
    benchmark: BenchmarkFixture, sample_home: Path, pki: SigningPki, tmp_path: Path
) -> None:
    env = {**program_env(sample_home), "PIM_DESKTOP_SECRET": P12_PASSWORD}
    pdf = tmp_path / "wniosek.pdf"
    subprocess.run(program("export-pdf", "1", "--out", str(pdf), "--draft"), env=env, check=True)
    ours = program(
        "sign",
        str(pdf),
        "--out",
        str(tmp_path / "ours.pdf"),
        "--pkcs12",
        str(pki.signer.p12),
        "--no-timestamp",
    )
    alone = [
        sys.executable,
        "-c",
        PYHANKO_ALONE,
        str(pdf),
        str(tmp_path / "alone.pdf"),
        str(pki.signer.p12),
        P12_PASSWORD,
    ]
    result = benchmark.pedantic(
        pair,
        args=(
            "sign with a .p12 vs pyHanko alone",
            lambda: timed_run(ours, env),
            lambda: timed_run(alone, env),
        ),
        rounds=1,
        iterations=1,
    )
    benchmark.extra_info.update(ratio=result.ratio, cpu_ratio=result.cpu_ratio)
