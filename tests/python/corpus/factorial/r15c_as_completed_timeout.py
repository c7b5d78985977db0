# as_completed with a timeout: the slowest factorial is never reported
import asyncio

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
        await asyncio.sleep(0.1)
    return f"{n}! = {r}"

async def main():
    coros = [factorial(n) for n in (3, 12, 5)]
    try:
        for next_done in asyncio.as_completed(coros, timeout=0.75):
            print(await next_done)
    except asyncio.TimeoutError:
        print("gave up waiting for the rest")

asyncio.run(main())
