"""Plan działań (MID): the document, the action table, its dialogs, totals and the Gantt chart."""
