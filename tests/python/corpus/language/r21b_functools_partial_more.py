# functools.partial: calling, repr-free attributes, keywords overriding, __dict__
import functools
basetwo = functools.partial(int, base=2)
print(basetwo('10010'), basetwo('111', base=8), basetwo.args, basetwo.keywords)
p = functools.partial(print, 'a', sep='-')
p('b', 'c')
p('b', sep='+')
def power(base, exp):
    return base ** exp
square = functools.partial(power, exp=2)
cube = functools.partial(power, exp=3)
print(square(5), cube(2), list(map(square, range(4))))
basetwo.label = 'binary'
print(basetwo.label, basetwo.__dict__)
basetwo.__doc__ = 'Convert base 2 string to an int.'
print(basetwo.__doc__)
