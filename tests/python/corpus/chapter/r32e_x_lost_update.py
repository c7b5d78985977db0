# three workers add to a shared total with an await in the middle: updates lost
import asyncio

total = 0

async def worker(amount):
    global total
    current = total
    await asyncio.sleep(0)
    total = current + amount

async def safe_worker(lock, amount):
    global total
    async with lock:
        current = total
        await asyncio.sleep(0)
        total = current + amount

async def do_something():
    global total
    await asyncio.gather(worker(1), worker(10), worker(100))
    print('without lock:', total)
    total = 0
    lock = asyncio.Lock()
    await asyncio.gather(*(safe_worker(lock, a) for a in (1, 10, 100)))
    print('with lock:', total)

asyncio.run(do_something())
