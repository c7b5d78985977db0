# SyntaxError raised manually with location info is printed with a caret
e = SyntaxError("invalid config", ("settings.cfg", 3, 7, "name = = value\n"))
print(e, e.lineno, e.offset, repr(e.text))
print(str(SyntaxError("no location")))
raise e
