# Jobs move through states described by an Enum; I print each transition.
import asyncio
from enum import Enum, auto


class State(Enum):
    WAITING = auto()
    RUNNING = auto()
    DONE = auto()
    FAILED = auto()


class Job:
    def __init__(self, n):
        self.n, self.state, self.value = n, State.WAITING, None

    def move(self, state):
        print(f"job {self.n}: {self.state.name} -> {state.name}")
        self.state = state

    async def run(self):
        self.move(State.RUNNING)
        await asyncio.sleep(0.01 * abs(self.n))
        if self.n < 0:
            self.move(State.FAILED)
            return
        self.value = 1
        for i in range(2, self.n + 1):
            self.value *= i
        self.move(State.DONE)


async def main():
    jobs = [Job(n) for n in (4, -2, 6)]
    await asyncio.gather(*(j.run() for j in jobs))
    print({j.n: (j.state, j.value) for j in jobs})
    print(State.DONE, repr(State.FAILED), State(3), list(State)[:2])


asyncio.run(main())
