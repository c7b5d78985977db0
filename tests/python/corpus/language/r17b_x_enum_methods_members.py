# Enum with methods and properties, __members__, aliases and iteration over a state machine
from enum import Enum

class Light(Enum):
    RED = 3
    GREEN = 2
    YELLOW = 1
    STOP = 3

    @property
    def seconds(self):
        return self.value * 10

    def next(self):
        order = [Light.RED, Light.GREEN, Light.YELLOW]
        return order[(order.index(self) + 1) % len(order)]

state = Light.RED
for _ in range(4):
    print(f'{state.name:<7}{state.seconds:>3}s -> {state.next().name}')
    state = state.next()
print(list(Light), list(Light.__members__), Light.STOP is Light.RED, Light(3))
print(Light.RED in Light, isinstance(Light.GREEN, Light), Light['GREEN'].value, len(Light))
print(Light.RED < Light.GREEN)
