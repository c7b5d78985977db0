# One job gets cancelled; with return_exceptions=True the CancelledError shows up in the results list.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    return r


async def main():
    tasks = [asyncio.create_task(factorial(n)) for n in (3, 9, 2)]
    asyncio.get_running_loop().call_later(0.15, tasks[1].cancel)
    results = await asyncio.gather(*tasks, return_exceptions=True)
    for r in results:
        print(type(r).__name__, repr(r))
    print([t.cancelled() for t in tasks])


asyncio.run(main())
