# as_completed with a timeout: the small ones arrive, then TimeoutError for the rest.
import asyncio


async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    return n, r


async def main():
    try:
        for fut in asyncio.as_completed([factorial(n) for n in (1, 8, 2)], timeout=0.45):
            n, r = await fut
            print(f"{n}! = {r}")
    except asyncio.TimeoutError as exc:
        print("timed out:", type(exc).__name__, exc.args)


asyncio.run(main())
