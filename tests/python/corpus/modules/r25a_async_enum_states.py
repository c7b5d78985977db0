import asyncio
from enum import Enum, auto
from datetime import datetime, timedelta

class State(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()

start = datetime(2024, 1, 1, 12, 0, 0)
states = {}

async def job(name, secs):
    states[name] = State.RUNNING
    await asyncio.sleep(secs / 100)
    states[name] = State.DONE
    finish = start + timedelta(seconds=secs)
    print(f"{name} finished at {finish:%H:%M:%S}")

async def main():
    for n in "xyz":
        states[n] = State.PENDING
    tasks = [asyncio.create_task(job(n, s)) for n, s in zip("xyz", [3, 1, 2])]
    await asyncio.sleep(0.015)
    print({k: v.name for k, v in states.items()})
    await asyncio.wait(tasks)
    print(states)
    print(State["DONE"] is states["x"], State(4))

asyncio.run(main())
