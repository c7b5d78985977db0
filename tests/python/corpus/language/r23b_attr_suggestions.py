class Robot:
    def __init__(self):
        self.position = (0, 0)
        self.battery_level = 100
    def move_forward(self, steps):
        return steps

r = Robot()
for attr in ["positon", "batery_level", "move_foward", "battery", "xyz", "Position"]:
    try:
        getattr(r, attr)
    except AttributeError as e:
        print(f"{attr}: {e}")
        print("   name/obj:", e.name, type(e.obj).__name__)
try:
    r.positon
except AttributeError as e:
    print("direct:", e)
import collections
try:
    collections.Countr
except AttributeError as e:
    print("module:", e)
try:
    "text".uper()
except AttributeError as e:
    print("str:", e)
try:
    [1, 2].push(3)
except AttributeError as e:
    print("list:", e)
try:
    None.split()
except AttributeError as e:
    print("none:", e)
r.move_foward(3)
