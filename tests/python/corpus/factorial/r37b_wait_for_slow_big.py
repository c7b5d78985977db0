# Give each factorial a time budget with wait_for; the large one runs out of time.
import asyncio


async def slow_factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.02)
        r *= i
    return r


async def main():
    for n, budget in [(3, 0.5), (10, 0.5), (40, 0.3)]:
        try:
            value = await asyncio.wait_for(slow_factorial(n), timeout=budget)
            print(f"{n}! = {value}")
        except asyncio.TimeoutError as exc:
            print(f"{n}! gave up after {budget}s:", type(exc).__name__, exc is not None)
    print("TimeoutError is asyncio.TimeoutError:", TimeoutError is asyncio.TimeoutError)


asyncio.run(main())
