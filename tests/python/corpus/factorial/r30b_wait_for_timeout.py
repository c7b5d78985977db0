# A time limit: factorial(10) with 0.2s per step cannot finish in 0.5s.
import asyncio


async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.2)
        result *= i
        print(f"  {n}: step {i}")
    return result


async def main():
    for n, limit in [(2, 1.0), (10, 0.5)]:
        try:
            value = await asyncio.wait_for(factorial(n), timeout=limit)
            print(f"{n}! = {value}")
        except asyncio.TimeoutError as e:
            print(f"{n}! took longer than {limit}s ({type(e).__name__})")


asyncio.run(main())
