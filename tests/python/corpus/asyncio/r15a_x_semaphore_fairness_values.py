# Semaphore(2) with five waiters: the order they get in, and locked() along the way
import asyncio

async def use(sem, name, log):
    async with sem:
        log.append(f"{name} in (locked={sem.locked()})")
        await asyncio.sleep(0.05)
    log.append(f"{name} out")

async def main():
    sem = asyncio.Semaphore(2)
    log = []
    await asyncio.gather(*(use(sem, c, log) for c in "VWXYZ"))
    print("\n".join(log))
    print(repr(sem).split("[")[1])

asyncio.run(main())
