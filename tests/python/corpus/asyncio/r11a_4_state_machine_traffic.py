import asyncio
import enum


class Light(enum.Enum):
    RED = 0.03
    GREEN = 0.02
    YELLOW = 0.01


NEXT = {Light.RED: Light.GREEN, Light.GREEN: Light.YELLOW, Light.YELLOW: Light.RED}


async def controller(cycles, log):
    state = Light.RED
    for _ in range(cycles):
        log.append(state.name)
        await asyncio.sleep(state.value)
        state = NEXT[state]
    return state


async def main():
    log = []
    final = await controller(7, log)
    print(" -> ".join(log))
    print("final:", final, repr(final))


asyncio.run(main())
