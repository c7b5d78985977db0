from enum import Flag, auto

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE

print(Color.WHITE, list(Color.WHITE))
print(list(Color))
yellow = Color.RED | Color.GREEN
print(yellow, yellow.name, yellow.value)
print(Color.RED in Color.WHITE, yellow in Color.WHITE, Color.WHITE in yellow)
print(Color.WHITE & ~Color.RED)
print(Color(0), Color(0).name, Color(3))
try:
    Color(16)
except ValueError as e:
    print("ValueError:", e)
settings = Color(0)
for c in [Color.BLUE, Color.RED]:
    settings |= c
print(settings, bool(settings), settings.value)
print([c.name for c in Color if c in settings])
