"""The manager's catalogue editor against a real desk on the embedded server, in Danish."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path

import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from counter_app.app.startup import RunningDesk, start_desk
from counter_app.domain.five_minute import ServingLimit
from counter_app.domain.org import DeskKind, Resource
from counter_app.server.demo import DEMO_STAFF_CODE
from counter_app.services.views import ServiceView
from counter_app.ui.catalogue_dialog import CatalogueDialog
from tests.ui.conftest import desk_settings

CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QAbstractSpinBox)


def _run_with_desk(
    qt_loop: qasync.QEventLoop,
    tmp_path: Path,
    body: Callable[[RunningDesk], Awaitable[None]],
    *,
    signed_in: str | None = "FN",
) -> None:
    """Run ``body`` against desk "KVIK 1" on the embedded server, with ``signed_in`` (the
    manager Frederik unless told otherwise) signed in, and close the desk after."""

    async def scenario() -> None:
        desk = await start_desk(desk_settings(tmp_path, "KVIK 1"))
        try:
            if signed_in is not None:
                await desk.services.staff.sign_in(signed_in, DEMO_STAFF_CODE)
            await body(desk)
        finally:
            await desk.close()

    qt_loop.run_until_complete(scenario())


def _dialog(qtbot: QtBot, desk: RunningDesk) -> CatalogueDialog:
    dialog = CatalogueDialog(desk.services.catalogue, "da")
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


async def _active(dialog: CatalogueDialog) -> None:
    """Wait until the dialog has the keyboard (shortcuts go to the active window only)."""
    dialog.activateWindow()
    for _ in range(100):
        if dialog.isActiveWindow():
            return
        await asyncio.sleep(0.02)
    raise TimeoutError("the dialog did not become the active window")


def _service(desk: RunningDesk, code: str) -> ServiceView:
    return next(
        s for s in desk.services.catalogue.services("da", include_inactive=True) if s.code == code
    )


def _minutes(limit: ServingLimit | None) -> tuple[int, int] | None:
    if limit is None:
        return None
    return int(limit.limit.total_seconds()) // 60, int(limit.amber.total_seconds()) // 60


def test_lists_the_shipped_services_and_shows_the_passport(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def body(desk: RunningDesk) -> None:
        dialog = _dialog(qtbot, desk)
        assert dialog.manager.text() == "FN · Frederik"
        assert dialog.save_button.isEnabled() and not dialog.no_manager.isVisible()
        assert "Pas" in dialog.service_names()
        assert len(dialog.service_names()) == len(
            desk.services.catalogue.services("da", include_inactive=True)
        )

        dialog.filter.setText("pas")
        assert "Pas" in dialog.service_names() and "Kørekort" not in dialog.service_names()
        dialog.select_service(_service(desk, "passport").id)
        assert dialog.code.text() == "passport" and dialog.code.isReadOnly()
        assert dialog.name_da.text() == "Pas" and dialog.name_en.text() == "Passport"
        assert dialog.appointment_only.isChecked()
        assert dialog.appointment_kind.currentData() == Resource.CITIZEN_SERVICE.value
        assert dialog.appointment_minutes.currentData() == 15
        assert dialog.appointment_minutes.isEnabled()
        ticked = [kind for kind, box in dialog.desk_kinds.items() if box.isChecked()]
        assert ticked == [DeskKind.CASEWORKER]
        assert dialog.bring_da.toPlainText().splitlines()[1] == "Billed-ID"
        assert dialog.fields() == desk.services.catalogue.service_fields(
            _service(desk, "passport").id
        )

        dialog.appointment_kind.setCurrentIndex(0)  # none: no length to choose
        assert not dialog.appointment_minutes.isEnabled()
        assert "appointment_resource" not in dialog.fields()
        assert "appointment_minutes" not in dialog.fields()
        dialog.close()

    _run_with_desk(qt_loop, tmp_path, body)


def test_a_changed_name_is_saved_at_once_and_reaches_another_desk(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def body(here: RunningDesk) -> None:
        other: RunningDesk | None = None
        try:
            dialog = _dialog(qtbot, here)
            passport = _service(here, "passport")
            dialog.select_service(passport.id)
            dialog.name_da.setText("Pas (nyt eller fornyet)")
            await _active(dialog)
            dialog.name_da.setFocus()
            with qtbot.waitSignal(dialog.saved, timeout=1000):
                qtbot.keyClick(dialog.name_da, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
            assert dialog.confirmation.isVisible() and not dialog.error.isVisible()
            assert "Pas (nyt eller fornyet)" in dialog.service_names()
            assert dialog.service_list.currentItem().text() == "Pas (nyt eller fornyet)"
            assert dialog.code.text() == "passport"  # still the same service in the editor
            assert _service(here, "passport").name == "Pas (nyt eller fornyet)"
            # The service keeps its place in the catalogue.
            assert here.services.catalogue.service_fields(passport.id)["sort_order"] > 0

            await here.sync.push_all()
            assert here.sync.outbox.pending_count() == 0
            assert here.sync.outbox.rejections() == []

            other = await start_desk(desk_settings(tmp_path, "KVIK 2"))
            await other.sync.pull_all()
            assert _service(other, "passport").name == "Pas (nyt eller fornyet)"
            dialog.close()
        finally:
            if other is not None:
                await other.close()

    _run_with_desk(qt_loop, tmp_path, body)


def test_an_empty_danish_name_is_refused_in_danish_and_nothing_is_saved(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def body(desk: RunningDesk) -> None:
        dialog = _dialog(qtbot, desk)
        passport = _service(desk, "passport")
        dialog.select_service(passport.id)
        dialog.name_da.setText("   ")
        with qtbot.assertNotEmitted(dialog.saved):
            assert not dialog.save_service()
        assert dialog.error.isVisible()
        assert dialog.error.text() == "• " + dialog.service_editor.tr("Enter the Danish name.")
        assert dialog.name_da.hasFocus() or not dialog.isActiveWindow()
        assert _service(desk, "passport").name == "Pas"
        assert desk.sync.outbox.pending_count() == 0
        dialog.close()

    _run_with_desk(qt_loop, tmp_path, body)


def test_a_new_service_with_a_code_already_used_is_refused(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def body(desk: RunningDesk) -> None:
        dialog = _dialog(qtbot, desk)
        count = len(dialog.service_names())
        dialog.new_button.click()
        assert dialog.code.text() == "" and not dialog.code.isReadOnly()
        dialog.code.setText("passport")
        dialog.name_da.setText("Pas igen")
        dialog.name_en.setText("Passport again")
        dialog.desk_kinds[DeskKind.CASEWORKER].setChecked(True)
        with qtbot.assertNotEmitted(dialog.saved):
            assert not dialog.save_service()
        assert dialog.error.isVisible() and "passport" in dialog.error.text()
        assert len(desk.services.catalogue.services("da", include_inactive=True)) == count

        # What a person can get wrong is said all at once.
        dialog.code.setText("")
        dialog.name_en.setText("")
        dialog.desk_kinds[DeskKind.CASEWORKER].setChecked(False)
        dialog.kvik_within_five_minutes.setChecked(True)
        assert not dialog.save_service()
        assert dialog.error.text().count("•") == 4

        # Put right, it is saved, selected and listed last.
        dialog.code.setText("passport_again")
        dialog.name_en.setText("Passport again")
        dialog.desk_kinds[DeskKind.KVIK].setChecked(True)
        dialog.appointment_only.setChecked(True)
        dialog.kvik_within_five_minutes.setChecked(False)
        assert not dialog.save_service()  # appointment only, but with whom?
        dialog.appointment_kind.setCurrentIndex(1)
        dialog.bring_da.setPlainText("Billed-ID\n\n  Betaling  \n")
        with qtbot.waitSignal(dialog.saved, timeout=1000):
            assert dialog.save_service()
        added = _service(desk, "passport_again")
        assert dialog.code.isReadOnly()
        assert dialog.service_list.currentItem().text() == "Pas igen"
        assert dialog.service_names()[-1] == "Pas igen"
        fields = desk.services.catalogue.service_fields(added.id)
        assert fields["bring_da"] == ["Billed-ID", "Betaling"]
        assert (fields["appointment_resource"], fields["appointment_minutes"]) == (
            Resource.CITIZEN_SERVICE.value,
            15,
        )
        await desk.sync.push_all()
        assert desk.sync.outbox.rejections() == []
        dialog.close()

    _run_with_desk(qt_loop, tmp_path, body)


def test_a_service_made_inactive_stays_listed_as_inactive(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def body(desk: RunningDesk) -> None:
        dialog = _dialog(qtbot, desk)
        dialog.select_service(_service(desk, "passport").id)
        dialog.active.setChecked(False)
        assert dialog.save_service()
        inactive = dialog.service_editor.tr("%1 (inactive)").replace("%1", "Pas")
        assert dialog.service_list.currentItem().text() == inactive
        assert inactive in dialog.service_names()
        assert not _service(desk, "passport").active
        assert all(s.code != "passport" for s in desk.services.catalogue.services("da"))
        dialog.close()

    _run_with_desk(qt_loop, tmp_path, body)


def test_time_limits_are_shown_checked_and_saved(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def body(desk: RunningDesk) -> None:
        dialog = _dialog(qtbot, desk)
        dialog.tabs.setCurrentIndex(1)
        kvik = dialog.limit_rows[DeskKind.KVIK]
        assert kvik.enabled.isChecked()
        assert (kvik.limit.value(), kvik.amber.value()) == (5, 4)
        caseworker = dialog.limit_rows[DeskKind.CASEWORKER]
        assert not caseworker.enabled.isChecked() and not caseworker.limit.isEnabled()

        kvik.limit.setValue(7)
        kvik.amber.setValue(7)
        with qtbot.assertNotEmitted(dialog.saved):
            assert not dialog.save_limits()
        assert dialog.limits_error.isVisible()
        assert _minutes(desk.services.catalogue.limits()[DeskKind.KVIK]) == (5, 4)

        kvik.amber.setValue(6)
        await _active(dialog)
        with qtbot.waitSignal(dialog.saved, timeout=1000):
            qtbot.keyClick(kvik.amber, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert not dialog.limits_error.isVisible()
        assert _minutes(desk.services.catalogue.limits()[DeskKind.KVIK]) == (7, 6)
        # Only the role that changed was sent.
        assert desk.sync.outbox.pending_count() == 1

        caseworker.enabled.setChecked(True)  # a limit where there was none
        kvik.enabled.setChecked(False)  # and none where there was one
        assert dialog.save_limits()
        limits = desk.services.catalogue.limits()
        assert _minutes(limits[DeskKind.CASEWORKER]) == (5, 4)
        assert limits[DeskKind.KVIK] is None
        await desk.sync.push_all()
        assert desk.sync.outbox.pending_count() == 0
        assert desk.sync.outbox.rejections() == []
        dialog.close()

    _run_with_desk(qt_loop, tmp_path, body)


def test_without_a_manager_nothing_can_be_saved(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def body(desk: RunningDesk) -> None:
        dialog = _dialog(qtbot, desk)
        assert dialog.no_manager.isVisible()
        assert dialog.no_manager.text() == dialog.tr(
            "Only a manager can change the catalogue. Sign in as a manager "
            "(Desk → Sign in…, Ctrl+L) and open the catalogue again."
        )
        assert not dialog.save_button.isEnabled()
        assert not dialog.save_limits_button.isEnabled()
        assert not dialog.save_service() and not dialog.save_limits()
        assert desk.sync.outbox.pending_count() == 0
        dialog.close()

    _run_with_desk(qt_loop, tmp_path, body, signed_in="AH")  # a KVIK employee


def test_every_control_is_named_and_the_list_comes_first(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def body(desk: RunningDesk) -> None:
        dialog = _dialog(qtbot, desk)
        controls = [
            widget
            for kind in CONTROLS
            for widget in dialog.findChildren(kind)
            if not isinstance(widget.parent(), QAbstractSpinBox | QComboBox)
            and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        ]
        assert len(controls) > 30
        assert [w for w in controls if not w.accessibleName()] == []
        assert dialog.service_list.accessibleName()

        await _active(dialog)
        assert dialog.focusWidget() is dialog.service_list
        order: list[QWidget | None] = [dialog.service_list]
        for _ in range(6):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            order.append(QApplication.focusWidget())
        assert order == [
            dialog.service_list,
            dialog.filter,
            dialog.new_button,
            dialog.code,
            dialog.name_da,
            dialog.name_en,
            dialog.area,
        ]
        dialog.bring_da.setFocus()
        qtbot.keyClick(dialog.bring_da, Qt.Key.Key_Tab)  # Tab leaves the checklist
        assert QApplication.focusWidget() is dialog.bring_en
        assert "\t" not in dialog.bring_da.toPlainText()
        dialog.close()

    _run_with_desk(qt_loop, tmp_path, body)
