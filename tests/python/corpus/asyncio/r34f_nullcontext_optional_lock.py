# Optional locking: use the lock if given, else contextlib.nullcontext() (async-capable in 3.10+).
import asyncio
import contextlib

counter = 0

async def bump(lock=None):
    global counter
    async with lock if lock is not None else contextlib.nullcontext():
        value = counter
        await asyncio.sleep(0.001)
        counter = value + 1

async def main():
    global counter
    await asyncio.gather(*(bump() for _ in range(10)))
    print("without lock:", counter)
    counter = 0
    lock = asyncio.Lock()
    await asyncio.gather(*(bump(lock) for _ in range(10)))
    print("with lock:", counter)
    async with contextlib.nullcontext(42) as v:
        print("nullcontext gives", v)

asyncio.run(main())
