# notes on group and on sub-exceptions
e1 = ValueError("one")
e1.add_note("note on one")
e2 = TypeError("two")
eg = ExceptionGroup("grp", [e1, e2])
eg.add_note("group note\nsecond line")
raise eg
