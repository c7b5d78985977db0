# ExceptionGroup: repr, str, split(), subgroup() by type and predicate, derive(), the constructor errors, BaseExceptionGroup picking its class.
eg = ExceptionGroup('many', [ValueError(1), TypeError(2), ExceptionGroup('inner', [ValueError(3), KeyError(4)])])
print(repr(eg))
print(str(eg))
match, rest = eg.split(ValueError)
print('match:', repr(match))
print('rest:', repr(rest))
sub = eg.subgroup(lambda e: isinstance(e, (KeyError, TypeError)))
print('sub:', repr(sub))
print(eg.subgroup(OSError))
d = eg.derive([RuntimeError('x')])
print(type(d).__name__, d.message, d.exceptions)
try:
    ExceptionGroup('bad', [])
except ValueError as e:
    print('ValueError:', e)
try:
    ExceptionGroup('bad', [1])
except ValueError as e:
    print('ValueError:', e)
beg = BaseExceptionGroup('b', [KeyboardInterrupt()])
print(type(beg).__name__)
print(type(BaseExceptionGroup('c', [ValueError()])).__name__)
