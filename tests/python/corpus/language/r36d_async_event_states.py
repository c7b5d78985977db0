# A traffic light state machine driven by asyncio.Event and an Enum of states.
import asyncio
from enum import Enum, auto

class Light(Enum):
    RED = auto()
    GREEN = auto()
    YELLOW = auto()

    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]

class Crossing:
    def __init__(self):
        self.state = Light.RED
        self.green = asyncio.Event()
        self.log = []

    async def cycle(self, steps, dwell):
        for _ in range(steps):
            await asyncio.sleep(dwell)
            self.state = self.state.next()
            self.log.append(self.state.name)
            if self.state is Light.GREEN:
                self.green.set()
            else:
                self.green.clear()

async def car(name, crossing, arrive):
    await asyncio.sleep(arrive)
    waited = not crossing.green.is_set()
    await crossing.green.wait()
    print(f"{name} crosses on {crossing.state.name}{' after waiting' if waited else ''}")

async def main():
    c = Crossing()
    await asyncio.gather(c.cycle(4, 0.1), car("car1", c, 0.02), car("car2", c, 0.15), car("car3", c, 0.25))
    print(c.log, c.state, c.green.is_set())
    print(Light.YELLOW.next(), [l.value for l in Light])

asyncio.run(main())
