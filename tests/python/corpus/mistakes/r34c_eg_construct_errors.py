# Building ExceptionGroups by hand with the wrong arguments
attempts = [
    lambda: ExceptionGroup("no errors", []),
    lambda: ExceptionGroup("not exceptions", [1, "two"]),
    lambda: ExceptionGroup([ValueError("a")]),
    lambda: ExceptionGroup("keyboard", [KeyboardInterrupt()]),
]
for make in attempts:
    try:
        eg = make()
        print("made", type(eg).__name__, eg)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
raise ExceptionGroup("batch failed", [ValueError("bad row 3"), KeyError("id")])
