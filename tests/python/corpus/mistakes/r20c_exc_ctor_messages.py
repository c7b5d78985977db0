# TypeErrors from exception constructors and methods given bad arguments
tests = [
    lambda: ValueError(x=1),
    lambda: KeyError("a", key=2),
    lambda: Exception().add_note(5),
    lambda: Exception().with_traceback(3),
    lambda: BaseExceptionGroup(),
    lambda: ExceptionGroup("a", [ValueError()], 3),
    lambda: StopIteration(1, 2).value,
    lambda: SystemExit(1, 2).code,
    lambda: ImportError("m", name="x", path="p", other=1),
]
for t in tests:
    try:
        print("ok", t())
    except TypeError as e:
        print("TypeError", e)
