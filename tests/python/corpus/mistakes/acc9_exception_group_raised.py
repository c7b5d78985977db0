# An ExceptionGroup raised by hand, with a nested group.
print("start")

errors = [ValueError("bad value"), TypeError("bad type")]
inner = ExceptionGroup("inner", [KeyError("k")])
raise ExceptionGroup("several failures", errors + [inner])
