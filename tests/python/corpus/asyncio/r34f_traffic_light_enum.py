# A traffic light state machine: Enum states, durations, and a pedestrian button Event.
import asyncio
from enum import Enum

class Light(Enum):
    RED = 0.1
    GREEN = 0.3
    YELLOW = 0.05

NEXT = {Light.RED: Light.GREEN, Light.GREEN: Light.YELLOW, Light.YELLOW: Light.RED}

async def controller(button, cycles):
    state = Light.RED
    history = []
    for _ in range(cycles):
        history.append(state.name)
        try:
            await asyncio.wait_for(button.wait(), timeout=state.value)
            if state is Light.GREEN:
                history.append("(button)")
            button.clear()
        except asyncio.TimeoutError:
            pass
        state = NEXT[state]
    return history

async def press(button, at):
    await asyncio.sleep(at)
    button.set()

async def main():
    button = asyncio.Event()
    asyncio.create_task(press(button, 0.2))
    print(" -> ".join(await controller(button, 7)))
    print(list(Light), Light(0.3))

asyncio.run(main())
