# ExceptionGroup basics: split, subgroup, derive, notes, nesting
eg = ExceptionGroup('many', [ValueError(1), TypeError(2), ExceptionGroup('inner', [ValueError(3)])])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(eg.subgroup(lambda e: isinstance(e, TypeError)))
eg.add_note('extra info')
d = eg.derive([KeyError('k')])
print(repr(d), d.__notes__ if hasattr(d, '__notes__') else 'no notes')
print(isinstance(BaseExceptionGroup('x', [ValueError()]), ExceptionGroup))
try:
    ExceptionGroup('bad', [])
except ValueError as e:
    print('ValueError:', e)
try:
    ExceptionGroup('bad', [KeyboardInterrupt()])
except TypeError as e:
    print('TypeError:', e)
