"""The floor of the start-up benchmark: an empty PySide6 main window that quits on
its first paint, bundled with PyInstaller the same way as fieldservice."""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class QuitOnFirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print("bare window shown", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 800)
window.installEventFilter(QuitOnFirstPaint(window))
window.show()
sys.exit(app.exec())
