# tutorial 8.3: exception instance args, str, unpacking
try:
    raise Exception('spam', 'eggs')
except Exception as inst:
    print(type(inst))    # the exception type
    print(inst.args)     # arguments stored in .args
    print(inst)          # __str__ allows args to be printed directly,
                         # but may be overridden in exception subclasses
    x, y = inst.args     # unpack args
    print('x =', x)
    print('y =', y)
for e in [Exception(), Exception('one'), Exception(1, 2), ValueError(''), KeyError('k'), KeyError()]:
    print(repr(e), '|' + str(e) + '|', e.args)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
print(inst)
