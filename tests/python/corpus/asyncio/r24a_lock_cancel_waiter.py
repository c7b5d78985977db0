import asyncio

def tail(x):
    r = repr(x)
    return r[r.index("["):]

async def user(lock, name, log):
    async with lock:
        log.append(name)
        await asyncio.sleep(0.01)

async def main():
    lock = asyncio.Lock()
    log = []
    await lock.acquire()
    tasks = {n: asyncio.create_task(user(lock, n, log)) for n in "ABC"}
    await asyncio.sleep(0)
    print(tail(lock))
    tasks["B"].cancel()
    await asyncio.sleep(0)
    print(tail(lock))
    lock.release()
    await asyncio.gather(*tasks.values(), return_exceptions=True)
    print(log, tail(lock))
    print(tasks["B"].cancelled())

asyncio.run(main())
