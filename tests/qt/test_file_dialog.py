"""Saving a PDF: the file dialog under the product's style sheet stays readable."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QListView


def test_the_places_beside_the_save_as_pdf_dialog_are_dark_text_on_light(qtbot, tmp_path):
    dialog = QFileDialog(None, "Save as PDF", str(tmp_path), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.resize(900, 560)
    dialog.show()
    qtbot.waitExposed(dialog)
    places = dialog.findChild(QListView, "sidebar")
    assert places is not None and places.isVisible()
    image = places.grab().toImage()
    # Below the last place: the list's own background.
    background = image.pixelColor(image.width() // 2, image.height() - 6)
    assert background.lightness() > 200, background.name()
    assert places.palette().color(places.foregroundRole()).lightness() < 100
    dialog.close()
