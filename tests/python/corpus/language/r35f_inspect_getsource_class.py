# inspect.getsource of the program's classes: a dataclass, a class with a metaclass, one that type() made
import inspect, dataclasses
@dataclasses.dataclass
class Point:
    x: int
    y: int = 0

    def norm(self):
        return abs(self.x) + abs(self.y)
    # trailing comment in the class


class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    a = 1
print(inspect.getsource(Point), end='')
print(inspect.getsourcelines(WithMeta))
print(inspect.getsource(Point.norm), end='')
try:
    inspect.getsource(int)
except TypeError as e:
    print('TypeError:', e)
try:
    inspect.getsource(type('Made', (), {}))
except OSError as e:
    print('OSError:', e)
