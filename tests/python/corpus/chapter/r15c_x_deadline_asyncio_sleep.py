# two workers loop until their deadlines, awaiting asyncio.sleep between steps
import asyncio

async def worker(label, seconds, step):
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    steps = 0
    while loop.time() < deadline:
        await asyncio.sleep(step)
        steps += 1
    print(f'Worker {label} - {steps} steps')
    return label, steps

async def do_something():
    print(await asyncio.gather(worker('A', 0.45, 0.3), worker('B', 0.05, 0.1)))

asyncio.run(do_something())
