# An Enum of job states with auto(), a method, iteration and lookups by value and name.
import asyncio
from enum import Enum, auto

class State(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()

    def finished(self):
        return self is State.DONE

class Job:
    def __init__(self, n):
        self.n, self.state, self.value = n, State.PENDING, None

    async def run(self):
        self.state = State.RUNNING
        r = 1
        for i in range(2, self.n + 1):
            await asyncio.sleep(0.1)
            r *= i
        self.state, self.value = State.DONE, r

async def main():
    print(list(State), State(2), State["DONE"], State.DONE.value, State.DONE.name)
    jobs = [Job(n) for n in (3, 5)]
    tasks = [asyncio.create_task(j.run()) for j in jobs]
    print([j.state for j in jobs])
    await tasks[0]
    print([j.state.name for j in jobs])
    await asyncio.gather(*tasks)
    print([(j.n, j.state, j.value, j.state.finished()) for j in jobs])
    print(repr(State.RUNNING), State.RUNNING == 2, isinstance(State.DONE, State))
    try:
        State(7)
    except ValueError as e:
        print(e)
    State["nope"]

asyncio.run(main())
