# copy.copy and deepcopy with __slots__, __getstate__/__setstate__ and __reduce__.
import copy

class Conn:
    def __init__(self, host):
        self.host = host
        self.socket = f"socket-to-{host}"

    def __getstate__(self):
        print("getstate called")
        state = self.__dict__.copy()
        del state["socket"]
        return state

    def __setstate__(self, state):
        print("setstate called with", sorted(state))
        self.__dict__.update(state)
        self.socket = "reconnected"

c = Conn("db")
c2 = copy.copy(c)
print(c2.host, c2.socket)
c3 = copy.deepcopy(c)
print(c3.socket, c3 is not c)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
        self.b = "x"

s = Slotted()
s2 = copy.copy(s)
s3 = copy.deepcopy(s)
print(s2.a is s.a, s3.a is s.a, s3.a, s2.b)

class Point:
    def __init__(self, x, y):
        print(f"init {x},{y}")
        self.x, self.y = x, y
    def __reduce__(self):
        return (Point, (self.x, self.y))

p = copy.deepcopy(Point(1, [2]))
print(p.x, p.y)
print(copy.copy(5), copy.copy("s"), copy.deepcopy((1, [2]))[1])
class NoCopy:
    def __deepcopy__(self, memo):
        raise TypeError("NoCopy cannot be deep-copied")
print(copy.copy(NoCopy()).__class__.__name__)
copy.deepcopy([NoCopy()])
