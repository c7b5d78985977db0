# Factorial exercise: each factorial under asyncio.wait_for, some too slow for their timeout.
import asyncio

async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def safe_factorial(n, timeout):
    try:
        return await asyncio.wait_for(factorial(n), timeout=timeout)
    except asyncio.TimeoutError:
        print(f'{n}! took longer than {timeout}s')
        return None

async def main():
    results = await asyncio.gather(safe_factorial(3, 0.5), safe_factorial(8, 0.35), safe_factorial(1, 0.01))
    print(results)
    print([r for r in results if r is not None])

asyncio.run(main())
