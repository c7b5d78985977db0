import asyncio

for make in (lambda: asyncio.Semaphore(-1), lambda: asyncio.BoundedSemaphore(-2),
             lambda: asyncio.Barrier(0), lambda: asyncio.Barrier(-1)):
    try:
        make()
    except ValueError as e:
        print("ValueError:", e)


async def main():
    sem = asyncio.Semaphore(0)
    print(sem.locked())
    await asyncio.wait_for(sem.acquire(), 0.05)


asyncio.run(main())
