# each factorial job moves through the states of an Enum
import asyncio
from enum import Enum, auto

class State(Enum):
    WAITING = auto()
    RUNNING = auto()
    DONE = auto()

states = {}

async def factorial(n):
    states[n] = State.RUNNING
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    states[n] = State.DONE
    return f

async def main():
    ns = [2, 4]
    states.update({n: State.WAITING for n in ns})
    tasks = [asyncio.create_task(factorial(n)) for n in ns]
    print({n: s.name for n, s in states.items()})
    await asyncio.sleep(0.15)
    print({n: s.name for n, s in states.items()}, State.DONE, repr(State.RUNNING))
    print(await asyncio.gather(*tasks), [s.value for s in states.values()])

asyncio.run(main())
