import asyncio

counter = 0

async def worker(lock):
    global counter
    with lock:
        value = counter
        await asyncio.sleep(0.01)
        counter = value + 1

async def do_something():
    lock = asyncio.Lock()
    await asyncio.gather(worker(lock), worker(lock))
    print('counter:', counter)

asyncio.run(do_something())
