# AttributeError messages when setting attributes
class P:
    __slots__ = ("x",)
    @property
    def y(self):
        return 1

class Q:
    @property
    def area(self):
        return 4

p = P()
for action in (lambda: setattr(p, "z", 1), lambda: setattr(p, "y", 2),
               lambda: delattr(p, "x"), lambda: setattr(1, "a", 2),
               lambda: setattr("s", "upper", 2), lambda: object().foo):
    try:
        action()
    except AttributeError as e:
        print(e)
q = Q()
q.area = 10
