# as_completed with a timeout: print whatever finished in time, then report what was left.
import asyncio


async def factorial(n, delay):
    f = 1
    for i in range(2, n + 1):
        f *= i
    await asyncio.sleep(delay)
    return n, f


async def main():
    jobs = {3: 0.05, 10: 0.2, 20: 0.9, 6: 0.35}
    done = []
    try:
        for coro in asyncio.as_completed([factorial(n, d) for n, d in jobs.items()], timeout=0.6):
            n, f = await coro
            done.append(n)
            print(f"{n}! = {f}")
    except asyncio.TimeoutError as e:
        print("timed out:", type(e).__name__, repr(e))
    print("done:", done, "missing:", sorted(set(jobs) - set(done)))


asyncio.run(main())
