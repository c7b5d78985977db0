# ExceptionGroup constructor errors
tests = [
    lambda: ExceptionGroup("x", []),
    lambda: ExceptionGroup("x", [1]),
    lambda: ExceptionGroup(1, [ValueError()]),
    lambda: ExceptionGroup("x", ValueError()),
    lambda: ExceptionGroup("x", [KeyboardInterrupt()]),
]
for t in tests:
    try:
        t()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(type(BaseExceptionGroup("m", [ValueError()])).__name__)
ExceptionGroup("only")
