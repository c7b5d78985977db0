# Splitting and filtering an ExceptionGroup by type, with subgroup, split and derive
errors = ExceptionGroup("batch failed", [
    ValueError("bad id 3"),
    TypeError("expected str"),
    ExceptionGroup("retry", [ValueError("bad id 9"), KeyError("user")]),
])
print(repr(errors))
print(errors.exceptions[2].message, len(errors.exceptions))
vals = errors.subgroup(ValueError)
print(repr(vals))
match, rest = errors.split(lambda e: isinstance(e, LookupError))
print(repr(match))
print(repr(rest))
print(errors.subgroup(OSError))
d = errors.derive([ZeroDivisionError("x")])
print(type(d).__name__, d.message, d.exceptions)

def leaves(eg):
    for e in eg.exceptions:
        if isinstance(e, BaseExceptionGroup):
            yield from leaves(e)
        else:
            yield e
print([type(e).__name__ for e in leaves(errors)])
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
print(type(BaseExceptionGroup("m", [ValueError()])).__name__)
