import asyncio

async def worker(lock, name):
    try:
        async with lock:
            print(name, 'has the lock')
            await asyncio.sleep(0.2)
    except asyncio.CancelledError:
        print(name, 'cancelled while waiting, locked:', lock.locked())
        raise

async def main():
    lock = asyncio.Lock()
    a = asyncio.create_task(worker(lock, 'a'))
    b = asyncio.create_task(worker(lock, 'b'))
    c = asyncio.create_task(worker(lock, 'c'))
    await asyncio.sleep(0.05)
    b.cancel()
    res = await asyncio.gather(a, b, c, return_exceptions=True)
    print([type(r).__name__ for r in res])

asyncio.run(main())
