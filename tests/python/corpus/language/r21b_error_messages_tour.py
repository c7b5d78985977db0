# TypeError/AttributeError/NameError messages a learner meets calling functions and methods wrongly
x = 5
if x is 5:
    print('is five')
print(x is not 'a')
class Dog:
    def __init__(self, name):
        self.name = name
    def bark(self, times):
        return 'woof' * times
for f in [lambda: Dog(), lambda: Dog('a', 'b'), lambda: Dog('a').bark(), lambda: Dog('a').bark(1, 2),
          lambda: Dog('a').bark(times=1, loud=True), lambda: [].appendd(1), lambda: Dog('a').nme,
          lambda: len(), lambda: len([], []), lambda: int(x=1), lambda: 'abc'.split(1),
          lambda: pritn('x'), lambda: Dog.bark(1), lambda: sum(1, 2, 3), lambda: max(), lambda: divmod(1),
          lambda: sorted([1], reversed=True), lambda: print('a', sepp=''), lambda: dict(1), lambda: list(1),
          lambda: iter(5), lambda: next([1]), lambda: {}.get(), lambda: 'x'.join([1, 2]), lambda: None(),
          lambda: (1, 2)(), lambda: 5[0], lambda: {[1]: 2}, lambda: hash([]), lambda: setattr(1, 'a', 2)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
def outer():
    def inner(a):
        pass
    inner()
try:
    outer()
except TypeError as e:
    print(e)
import math
try:
    math.sqr(2)
except AttributeError as e:
    print(e)
assert x > 10, f'x is {x}'
