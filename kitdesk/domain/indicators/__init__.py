"""Selvevaluering: figures on how the KIT collaboration is followed, for the team and its leaders.

The store gathers plain records (records.py) in one repository (kitdesk/store/repos/report.py);
everything here is pure: the period and its comparison a year before (period.py), the figures'
definitions in Danish (definitions.py), the counting (compute.py) and the small-number suppression
and the Danish cell texts (measures.py). Nothing here ever names a child: the records carry case ids
only, and a cell based on fewer than five children is shown as "< 5".
"""
