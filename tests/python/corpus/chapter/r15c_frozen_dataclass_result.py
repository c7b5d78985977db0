# the callback listing returning a frozen dataclass; the callback tries to change it
import asyncio
from dataclasses import dataclass, FrozenInstanceError

@dataclass(frozen=True)
class Answer:
    value: int
    source: str = 'worker'

async def worker():
    await asyncio.sleep(0.1)
    return Answer(42)

def print_it(task):
    answer = task.result()
    print('print_it result:', answer)
    try:
        answer.value = 43
    except FrozenInstanceError as e:
        print('print_it cannot change it:', e)

async def do_something():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    print('do_something - result value:', (await task).value)

asyncio.run(do_something())
