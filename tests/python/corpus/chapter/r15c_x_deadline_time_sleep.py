# a worker loops until a deadline on the clock, sleeping with time.sleep between steps
import asyncio
import time

async def worker(label, seconds):
    deadline = time.monotonic() + seconds
    steps = 0
    while time.monotonic() < deadline:
        time.sleep(0.2)
        steps += 1
    print(f'Worker {label} - {steps} steps of 0.2 s in {seconds} s')
    return steps

async def do_something():
    print(await asyncio.gather(worker('A', 0.3), worker('B', 0.05)))

asyncio.run(do_something())
