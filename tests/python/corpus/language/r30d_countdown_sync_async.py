# A countdown written twice: with time.sleep and with asyncio.sleep in two concurrent tasks
import asyncio
import time


def countdown_sync(name, n, delay):
    while n:
        print(f"{name}: {n}")
        time.sleep(delay)
        n -= 1
    print(f"{name}: liftoff")


async def countdown(name, n, delay):
    while n:
        print(f"{name}: {n}")
        await asyncio.sleep(delay)
        n -= 1
    print(f"{name}: liftoff")
    return name


start = time.perf_counter()
countdown_sync("sync", 2, 0.05)
print("sync part took >= 0.1:", time.perf_counter() - start >= 0.1)


async def main():
    t0 = time.perf_counter()
    done = await asyncio.gather(countdown("A", 3, 0.1), countdown("B", 2, 0.25))
    elapsed = time.perf_counter() - t0
    print(done, 0.5 <= elapsed < 0.9)


asyncio.run(main())
