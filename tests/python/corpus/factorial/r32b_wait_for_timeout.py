# wait_for with a timeout: the big factorial with its slow loop gets cancelled.
import asyncio


async def slow_factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result


async def main():
    for n, limit in [(2, 0.5), (8, 0.35)]:
        try:
            r = await asyncio.wait_for(slow_factorial(n), timeout=limit)
            print(f"{n}! = {r}")
        except asyncio.TimeoutError:
            print(f"{n}! took longer than {limit} s")


asyncio.run(main())
