# tried asyncio.timeout_at with a deadline from loop.time() around three workers
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    print(label, 'finished')
    return label

async def do_something():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.2
    done = []
    try:
        async with asyncio.timeout_at(deadline):
            for label, delay in [('A', 0.05), ('B', 0.05), ('C', 0.3)]:
                done.append(await worker(label, delay))
    except TimeoutError:
        print('deadline passed, done so far:', done)

asyncio.run(do_something())
