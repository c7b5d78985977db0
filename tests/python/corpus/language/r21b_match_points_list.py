# tutorial 4.6: match on lists of points, guards, enums, mappings, star
from enum import Enum
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
def check(points):
    match points:
        case []:
            print("No points")
        case [Point(0, 0)]:
            print("The origin")
        case [Point(x, y)]:
            print(f"Single point {x}, {y}")
        case [Point(0, y1), Point(0, y2)]:
            print(f"Two on the Y axis at {y1}, {y2}")
        case _:
            print("Something else")
check([]); check([Point(0, 0)]); check([Point(2, 3)])
check([Point(0, 1), Point(0, 9)]); check([Point(1, 1)] * 3)
def diag(point):
    match point:
        case Point(x, y) if x == y:
            print(f"Y=X at {x}")
        case Point(x, y):
            print(f"Not on the diagonal")
diag(Point(2, 2)); diag(Point(2, 3))
class Color(Enum):
    RED = 'red'
    GREEN = 'green'
    BLUE = 'blue'
for name in ['red', 'green', 'blue']:
    color = Color(name)
    match color:
        case Color.RED:
            print("I see red!")
        case Color.GREEN:
            print("Grass is green")
        case Color.BLUE:
            print("I'm feeling the blues :(")
def cmd(c):
    match c:
        case {"action": "move", "x": x, **rest}:
            print('move', x, rest)
        case ("go", direction):
            print('go', direction)
        case ["drop", *objects]:
            print('drop', objects)
        case str() | bytes() as s:
            print('text', s)
cmd({"action": "move", "x": 3, "speed": 9}); cmd(("go", "north"))
cmd(["drop", "a", "b"]); cmd("hello"); cmd(b"hi"); cmd(3.5)
Color('purple')
