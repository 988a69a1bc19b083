"""The preview beside the review: the pages of exactly the PDF that will be sent, as pictures.

The PDF is built by the same function the export uses and rendered with PDFium (pypdfium2), both in
a worker thread; the screen only turns the finished bitmaps into QImages. A newer request replaces
an older one that has not started, so fast typing does not queue up renders.
"""
from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

log = logging.getLogger("kitdesk.preview")
DEBOUNCE_MS = 900
ZOOM_STEPS = (1.0, 1.25, 1.5, 2.0)
PAGE_GAP = 14
# PDFium is not thread-safe: one render at a time in the whole process.
_pdfium_lock = threading.Lock()


def render_pages(data: bytes, width_px: int) -> list[tuple[int, int, int, bytes]]:
    """(width, height, stride, RGB bytes) of every page, scaled to `width_px` wide."""
    import pypdfium2 as pdfium  # PDFium's library loads with the first preview, not at start-up

    pages = []
    with _pdfium_lock:
        document = pdfium.PdfDocument(data)
        try:
            for index in range(len(document)):
                page = document[index]
                scale = width_px / page.get_width()
                bitmap = page.render(scale=scale, rev_byteorder=True)
                pages.append((bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer)))
                page.close()
        finally:
            document.close()
    return pages


class _Signals(QObject):
    done = Signal(int, object)  # request number, list of pages (or None on failure)


class _PreviewJob(QRunnable):
    def __init__(self, number: int, build, width_px: int, signals: _Signals):
        super().__init__()
        self.number, self.build, self.width_px, self.signals = number, build, width_px, signals

    def run(self) -> None:
        try:
            pages = render_pages(self.build(), self.width_px)
        except Exception as exc:  # noqa: BLE001 - the preview must never take the review down with it
            log.error("the preview could not be made: %s", type(exc).__name__)
            pages = None
        self.signals.done.emit(self.number, pages)


class PreviewPane(QScrollArea):
    """Call request(prepare): when the debounce ends, prepare() runs on the UI thread (it may read the
    store) and returns the function that builds the PDF's bytes in the worker thread."""

    rendered = Signal(int)  # number of pages shown

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setObjectName("planPreview")
        self.zoom = 1.0  # 1.0: the page as wide as the pane
        body = QWidget(self)
        body.setObjectName("previewBody")
        self.pages_box = QVBoxLayout(body)
        self.pages_box.setContentsMargins(12, 12, 12, 12)
        self.pages_box.setSpacing(PAGE_GAP)
        self.status = QLabel(self.tr("Preparing the preview…"), body)
        self.status.setObjectName("previewStatus")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages_box.addWidget(self.status)
        self.pages_box.addStretch(1)
        self.setWidget(body)
        self.page_labels: list[QLabel] = []
        self._signals = _Signals(self)
        self._signals.done.connect(self._show)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._number = 0
        self._prepare = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._start)

    def request(self, prepare, immediately: bool = False) -> None:
        self._prepare = prepare
        self._timer.start(0 if immediately else DEBOUNCE_MS)

    def set_zoom(self, zoom: float) -> None:
        """Larger pages to read on a small screen (the pane scrolls sideways then)."""
        zoom = max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], zoom))
        if zoom != self.zoom:
            self.zoom = zoom
            self._timer.start(0)

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOM_STEPS if z > self.zoom + 1e-6), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        self.set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < self.zoom - 1e-6), ZOOM_STEPS[0]))

    def wait_until_idle(self, timeout_ms: int = 10000) -> bool:
        """For tests and for closing: let any render finish."""
        if self._timer.isActive():
            self._timer.stop()
            self._start()
        return self._pool.waitForDone(timeout_ms)

    def _start(self) -> None:
        if self._prepare is None:
            return
        try:
            build = self._prepare()
        except Exception as exc:  # noqa: BLE001 - a preview that cannot be made says so, nothing more
            log.error("the preview could not be prepared: %s", type(exc).__name__)
            self._show(self._number, None)
            return
        self._number += 1
        self._pool.clear()  # a request that has not begun is out of date
        width = max(320, self.viewport().width() - 24) * self.zoom * max(1.0, self.devicePixelRatioF())
        self._pool.start(_PreviewJob(self._number, build, int(width), self._signals))

    def _show(self, number: int, pages) -> None:
        if number != self._number:
            return  # an older render finished after a newer one was asked for
        if pages is None:
            self.status.setText(self.tr("The preview could not be made. The export will say why."))
            self.status.show()
            return
        self.status.hide()
        ratio = max(1.0, self.devicePixelRatioF())
        while len(self.page_labels) > len(pages):
            label = self.page_labels.pop()
            self.pages_box.removeWidget(label)
            label.deleteLater()
        for index, (width, height, stride, data) in enumerate(pages):
            if index >= len(self.page_labels):
                label = QLabel(self.widget())
                label.setObjectName("previewPage")
                label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
                self.pages_box.insertWidget(self.pages_box.count() - 1, label)
                self.page_labels.append(label)
            image = QImage(data, width, height, stride, QImage.Format.Format_RGB888).copy()
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            self.page_labels[index].setPixmap(pixmap)
            self.page_labels[index].setAccessibleName(self.tr("Page %1 of %2").replace("%1", str(index + 1))
                                                      .replace("%2", str(len(pages))))
        self.rendered.emit(len(pages))
