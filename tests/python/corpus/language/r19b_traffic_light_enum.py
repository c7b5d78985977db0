# Enum-based traffic light with cycling, durations and a pedestrian button
from enum import Enum, auto
from itertools import cycle, islice

class Light(Enum):
    RED = ("stop", 30)
    GREEN = ("go", 25)
    YELLOW = ("slow down", 5)

    def __init__(self, meaning, seconds):
        self.meaning = meaning
        self.seconds = seconds

    @property
    def next(self):
        order = list(Light)
        return order[(order.index(self) + 1) % len(order)]

    def __str__(self):
        return f"{self.name.title()} ({self.meaning}, {self.seconds}s)"

light = Light.RED
t = 0
for _ in range(7):
    print(f"t={t:>3}s  {light}")
    t += light.seconds
    light = light.next
print(Light.GREEN.value, Light(("go", 25)), Light["YELLOW"].seconds, len(Light))
print([l.name for l in islice(cycle(Light), 5)])
print(sum(l.seconds for l in Light), max(Light, key=lambda l: l.seconds).name)
print(repr(Light.RED), Light.RED is Light.RED, isinstance(Light.RED, Light), type(Light.RED))

class Walk(Enum):
    WAIT = auto()
    WALK = auto()
    FLASH = auto()
print(list(Walk), Walk.WALK.value, Walk(3).name)
schedule = {Light.RED: Walk.WALK, Light.GREEN: Walk.WAIT, Light.YELLOW: Walk.FLASH}
for l in Light:
    print(f"{l.name:<7}-> {schedule[l].name}")
print(Light.RED < Light.GREEN)
