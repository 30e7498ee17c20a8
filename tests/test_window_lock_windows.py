"""Issue 22: a window's lock left by a crash or a power cut on Windows is seen as stale
(it was always taken as a running window, and `ct05 restore` refused for ever). Windows'
kernel32 is stood in for: the look goes through OpenProcess and GetExitCodeProcess."""

from __future__ import annotations

import ctypes
import socket
import sys
from pathlib import Path, PureWindowsPath

import pytest

from ct05_desktop.storage import window_lock
from ct05_desktop.storage.window_lock import lock_path, window_holding

STILL_ACTIVE, ACCESS_DENIED, INVALID_PARAMETER = 259, 5, 87


class Kernel32:
    """Processes by pid: their exit code (STILL_ACTIVE while running), or absent; a pid in
    `denied` belongs to another user."""

    def __init__(self, processes: dict[int, int], denied: frozenset[int] = frozenset()) -> None:
        self.processes, self.denied = processes, denied
        self.error, self.open_handles = 0, set()

    def OpenProcess(self, access: int, inherit: bool, pid: int) -> int:
        assert access == 0x1000 and not inherit
        if pid in self.denied:
            self.error = ACCESS_DENIED
            return 0
        if pid not in self.processes:
            self.error = INVALID_PARAMETER  # what Windows says of a pid no process has
            return 0
        self.open_handles.add(pid + 1000)
        return pid + 1000

    def GetExitCodeProcess(self, handle: int, code: object) -> int:
        code._obj.value = self.processes[handle - 1000]  # type: ignore[attr-defined]
        return 1

    def CloseHandle(self, handle: int) -> int:
        self.open_handles.remove(handle)
        return 1

    def last_error(self) -> int:
        return self.error


@pytest.mark.parametrize(
    ("pid", "alive"),
    [(100, True), (200, False), (300, False), (400, True)],
)
def test_a_process_is_looked_at_not_assumed(pid: int, alive: bool) -> None:
    """100 runs; 200 ended (its exit code kept while a handle is open); 300 is gone; 400
    is another user's (it exists)."""
    kernel = Kernel32({100: STILL_ACTIVE, 200: 0}, denied=frozenset({400}))
    assert window_lock._alive_on_windows(pid, kernel, kernel.last_error) is alive
    assert kernel.open_handles == set()  # every handle opened is closed


def test_a_lock_left_by_a_crash_on_windows_names_no_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kernel = Kernel32({4242: STILL_ACTIVE})
    monkeypatch.setattr(sys, "platform", "win32")
    looked = window_lock._alive_on_windows
    monkeypatch.setattr(
        window_lock, "_alive_on_windows", lambda pid: looked(pid, kernel, kernel.last_error)
    )
    db = tmp_path / "ct05.db"
    host = socket.gethostname()
    lock_path(db).write_text(f"4242\nct05-desktop\n{host}\n", "utf-8")
    assert window_holding(db) is not None  # the window runs
    lock_path(db).write_text(f"999\nct05-desktop\n{host}\n", "utf-8")
    assert window_holding(db) is None  # left by a crash: stale


def test_the_lock_of_a_database_in_a_windows_folder_is_beside_it() -> None:
    db = PureWindowsPath(r"C:\Users\Lò Văn A\Tài liệu\CT05\ct05.db")
    assert lock_path(db) == PureWindowsPath(r"C:\Users\Lò Văn A\Tài liệu\CT05\ct05.db.lock")
    assert ctypes.sizeof(ctypes.c_ulong) >= 4  # the exit code fits (a DWORD)
