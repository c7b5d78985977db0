# An Enum for job states, looked up by value and by name, including a bad lookup.
import asyncio
from enum import Enum, auto


class Status(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()


async def factorial(n, states):
    states[n] = Status.RUNNING
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    states[n] = Status.DONE
    return r


async def main():
    states = {n: Status.PENDING for n in (4, 6)}
    print(states)
    print(await asyncio.gather(*(factorial(n, states) for n in states)))
    print({n: s.name for n, s in states.items()}, Status(3), Status["RUNNING"].value)
    print(list(Status), Status.DONE is Status(3), f"{Status.DONE}", f"{Status.DONE!r}")
    print(Status(7))


asyncio.run(main())
