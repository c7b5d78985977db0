# asyncio.wait with FIRST_COMPLETED: report which factorial finished first, then the rest.
import asyncio


async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    return n, r


async def main():
    tasks = [asyncio.create_task(factorial(n), name=f"fact-{n}") for n in (4, 2, 6)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    for t in done:
        print("first:", t.get_name(), t.result())
    print("still running:", sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending)
    print("rest:", sorted(t.result() for t in done), len(pending))


asyncio.run(main())
