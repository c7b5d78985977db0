# tutorial 8.4: raise an instance, a class, re-raise
try:
    raise NameError('HiThere')
except NameError:
    print('An exception flew by!')
try:
    raise ValueError  # shorthand for 'raise ValueError()'
except ValueError as e:
    print(repr(e))
def f():
    try:
        raise NameError('HiThere')
    except NameError:
        print('An exception flew by!')
        raise
try:
    raise 42
except TypeError as e:
    print(e)
f()
