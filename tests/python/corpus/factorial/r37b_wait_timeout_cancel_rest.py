# wait() with a timeout: print what finished, cancel what didn't, and check they were cancelled.
import asyncio


async def factorial(n):
    r = 1
    try:
        for i in range(2, n + 1):
            await asyncio.sleep(0.2)
            r *= i
    except asyncio.CancelledError:
        print(f"factorial({n}) cancelled at i={i}")
        raise
    return r


async def main():
    tasks = [asyncio.create_task(factorial(n), name=str(n)) for n in (3, 10, 5, 14)]
    done, pending = await asyncio.wait(tasks, timeout=0.5)
    for t in sorted(done, key=lambda t: int(t.get_name())):
        print("done:", t.get_name(), t.result())
    for t in sorted(pending, key=lambda t: int(t.get_name())):
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    print("cancelled:", sorted(int(t.get_name()) for t in tasks if t.cancelled()))


asyncio.run(main())
