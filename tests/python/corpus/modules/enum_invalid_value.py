# A mistake: looking an enum member up by a value it does not have
from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
def paint(code):
    color = Color(code)
    print("painting", color.name)
paint(2)
paint(5)
