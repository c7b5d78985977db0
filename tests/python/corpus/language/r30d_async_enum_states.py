# A task state machine with an Enum, match on states, and asyncio tasks stepping through them
import asyncio
from enum import Enum, auto


class State(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()
    FAILED = auto()


class Worker:
    def __init__(self, name, fail=False):
        self.name, self.fail, self.state = name, fail, State.PENDING

    async def run(self):
        self.state = State.RUNNING
        await asyncio.sleep(0.01)
        self.state = State.FAILED if self.fail else State.DONE

    def status(self):
        match self.state:
            case State.DONE:
                return f"{self.name}: finished"
            case State.FAILED:
                return f"{self.name}: failed!"
            case State.PENDING | State.RUNNING as s:
                return f"{self.name}: {s.name.lower()}"


async def main():
    workers = [Worker("a"), Worker("b", fail=True), Worker("c")]
    tasks = [asyncio.create_task(w.run()) for w in workers[:2]]
    await asyncio.sleep(0)
    print([w.status() for w in workers])
    await asyncio.gather(*tasks)
    print([w.status() for w in workers])
    print({s.name: sum(w.state is s for w in workers) for s in State})


asyncio.run(main())
