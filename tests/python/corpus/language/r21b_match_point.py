# tutorial 4.6: match on tuples, class patterns with positional __match_args__
def where(point):
    match point:
        case (0, 0):
            print("Origin")
        case (0, y):
            print(f"Y={y}")
        case (x, 0):
            print(f"X={x}")
        case (x, y):
            print(f"X={x}, Y={y}")
        case _:
            raise ValueError("Not a point")
for p in [(0, 0), (0, 3), (4, 0), (1, 2), [5, 6]]:
    where(p)
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
def where_is(point):
    match point:
        case Point(x=0, y=0):
            print("Origin")
        case Point(x=0, y=y):
            print(f"Y={y}")
        case Point(x=x, y=0):
            print(f"X={x}")
        case Point():
            print("Somewhere else")
        case _:
            print("Not a point")
for p in [Point(0, 0), Point(0, 7), Point(3, 0), Point(1, 1), 'x']:
    where_is(p)
match Point(1, 0):
    case Point(1, var):
        print('var is', var)
where("nope")
