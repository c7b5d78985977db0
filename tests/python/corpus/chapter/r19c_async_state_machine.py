# A traffic light state machine with Enum and an async loop
import asyncio
from enum import Enum, auto

class Light(Enum):
    RED = auto()
    GREEN = auto()
    YELLOW = auto()

    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]

DURATION = {Light.RED: 0.2, Light.GREEN: 0.2, Light.YELLOW: 0.1}

async def controller(cycles):
    state = Light.RED
    history = []
    for _ in range(cycles):
        print(f"{state.name:<6} for {DURATION[state]}s (value={state.value})")
        history.append(state)
        await asyncio.sleep(DURATION[state])
        state = state.next()
    return history

async def main():
    history = await controller(5)
    print([s.name for s in history])
    print(Light["GREEN"], Light(3), repr(Light.RED), Light.RED in Light)
    match history[-1]:
        case Light.GREEN:
            print("ended on green")
        case _:
            print("ended elsewhere")

asyncio.run(main())
