"""The cross-sector plan after the meeting: review, approvals, sign-off, versions, sending."""
