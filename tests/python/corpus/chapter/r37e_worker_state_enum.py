# track each worker's state with an Enum and print the table after each step
import asyncio
from enum import Enum, auto

class State(Enum):
    WAITING = auto()
    RUNNING = auto()
    DONE = auto()

states = {}

async def worker(name, delay):
    states[name] = State.RUNNING
    await asyncio.sleep(delay)
    states[name] = State.DONE

def show(when):
    print(when, {k: v.name for k, v in sorted(states.items())})

async def main():
    for name in 'ABC':
        states[name] = State.WAITING
    show('start')
    tasks = [asyncio.create_task(worker(n, d)) for n, d in zip('ABC', (0.1, 0.3, 0.2))]
    await asyncio.sleep(0)
    show('running')
    await asyncio.sleep(0.15)
    show('later')
    await asyncio.gather(*tasks)
    show('end')
    print(State.DONE, repr(State.DONE))

asyncio.run(main())
