"""The headless sub-commands: the same store code the window uses, without Qt. `kitdesk.cli` runs
`cmd_<name>` from here; each area keeps its commands in a module of its own."""
from __future__ import annotations

from kitdesk.commands.base import CommandError
from kitdesk.commands.desk import cmd_agreements, cmd_overview, cmd_reminders
from kitdesk.commands.folder import cmd_backup, cmd_cases, cmd_check, cmd_demo, cmd_restore
from kitdesk.commands.meetings import cmd_deadline, cmd_export_plan, cmd_invite, cmd_meetings, cmd_read_plan, cmd_verify
from kitdesk.commands.privacy import cmd_access_log, cmd_delete_case, cmd_remove_demo
from kitdesk.commands.report import cmd_report
from kitdesk.commands.transfer import cmd_handover, cmd_receive

__all__ = ["CommandError", "cmd_access_log", "cmd_agreements", "cmd_backup", "cmd_cases", "cmd_check", "cmd_deadline",
           "cmd_delete_case", "cmd_demo", "cmd_export_plan", "cmd_handover", "cmd_invite", "cmd_meetings",
           "cmd_overview", "cmd_read_plan", "cmd_receive", "cmd_remove_demo", "cmd_report", "cmd_reminders",
           "cmd_restore", "cmd_verify"]
