# ExceptionGroup split/subgroup/derive and then an uncaught group with context
eg = ExceptionGroup("all", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3)])])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
try:
    raise eg
except ExceptionGroup:
    raise BaseExceptionGroup("during", [KeyboardInterrupt(), ValueError("v")])
