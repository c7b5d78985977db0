import asyncio

def state(lock):
    return repr(lock).rsplit(" ", 1)[-1]

async def holder(lock, name, log):
    async with lock:
        log.append(f"{name} acquired")
        await asyncio.sleep(0.01)
        log.append(f"{name} releasing")

async def main():
    lock = asyncio.Lock()
    print("locked?", lock.locked(), state(lock))
    log = []
    tasks = [asyncio.create_task(holder(lock, n, log)) for n in "ABC"]
    await asyncio.sleep(0)
    print(state(lock))
    await asyncio.gather(*tasks)
    print("\n".join(log))
    print(await lock.acquire(), lock.locked())
    lock.release()
    lock.release()

asyncio.run(main())
