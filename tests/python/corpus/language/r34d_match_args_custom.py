# __match_args__ on a plain class, positional patterns, and the error for too many positionals
class Vec:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Color:
    def __init__(self, name):
        self.name = name

def where(v):
    match v:
        case Vec(0, 0):
            return "origin"
        case Vec(0, y):
            return f"on y axis at {y}"
        case Vec(x, 0):
            return f"on x axis at {x}"
        case Vec(x, y) if x == y:
            return "diagonal"
        case Vec():
            return "somewhere"

for p in [Vec(0, 0), Vec(0, 5), Vec(3, 0), Vec(2, 2), Vec(1, 9)]:
    print(where(p))

match Color("red"):
    case Color(name="red"):
        print("keyword pattern works")
try:
    match Color("blue"):
        case Color(n):
            print(n)
except TypeError as e:
    print("TypeError:", e)
try:
    match Vec(1, 2):
        case Vec(a, b, c):
            pass
except TypeError as e:
    print("TypeError:", e)
