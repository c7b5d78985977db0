# An Enum for task states used in a small state machine with asyncio
import asyncio
from enum import Enum, auto

class State(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()

class Job:
    def __init__(self, name):
        self.name = name
        self.state = State.PENDING

    async def run(self):
        self.state = State.RUNNING
        await asyncio.sleep(0.05)
        self.state = State.DONE

async def main():
    jobs = [Job(n) for n in ('a', 'b')]
    print([j.state.name for j in jobs])
    tasks = [asyncio.create_task(j.run()) for j in jobs]
    await asyncio.sleep(0)
    print([str(j.state) for j in jobs])
    await asyncio.gather(*tasks)
    print([j.state for j in jobs])
    print(State.DONE.value, State['RUNNING'], State(1), list(State))

asyncio.run(main())
