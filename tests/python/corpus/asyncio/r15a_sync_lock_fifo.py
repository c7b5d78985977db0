# Tasks queue on a Lock in FIFO order; locked() seen from outside
import asyncio

async def use(lock, name, log):
    log.append(f"{name} wants")
    async with lock:
        log.append(f"{name} has it")
        await asyncio.sleep(0.02)
    log.append(f"{name} let go")

async def main():
    lock = asyncio.Lock()
    log = []
    tasks = [asyncio.create_task(use(lock, n, log)) for n in "ABC"]
    await asyncio.sleep(0)
    print("locked while in use:", lock.locked())
    await asyncio.gather(*tasks)
    print(log)
    print("locked at end:", lock.locked())

asyncio.run(main())
