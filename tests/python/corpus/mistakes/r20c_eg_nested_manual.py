# manually built nested ExceptionGroup printed uncaught
def build():
    inner = ExceptionGroup("inner", [ValueError("x"), KeyError("k")])
    return ExceptionGroup("outer", [inner, IndexError("i"), ZeroDivisionError()])

eg = build()
print(eg, len(eg.exceptions))
print(repr(eg.exceptions[0]))
raise eg
