import asyncio

async def user(lock, name, log):
    async with lock:
        log.append(name)
        await asyncio.sleep(0.02)

async def main():
    lock = asyncio.Lock()
    log = []
    a = asyncio.create_task(user(lock, "a", log))
    b = asyncio.create_task(user(lock, "b", log))
    c = asyncio.create_task(user(lock, "c", log))
    await asyncio.sleep(0.01)
    b.cancel()
    await asyncio.gather(a, b, c, return_exceptions=True)
    print(log, b.cancelled(), lock.locked())

asyncio.run(main())
