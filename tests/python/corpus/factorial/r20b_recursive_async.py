# Recursive async factorial checked against math.factorial and for timing levels.
import asyncio, math, time

async def factorial(n):
    if n < 0:
        raise ValueError('negative')
    if n <= 1:
        return 1
    await asyncio.sleep(0.1)
    return n * await factorial(n - 1)

async def main():
    tests = [0, 1, 5, 6]
    t0 = time.perf_counter()
    got = await asyncio.gather(*map(factorial, tests))
    elapsed = time.perf_counter() - t0
    for n, g in zip(tests, got):
        ok = g == math.factorial(n)
        print(f'{n:>3}! = {g:<10} {"ok" if ok else "WRONG"}')
    print('concurrent:', elapsed < 0.75)
    try:
        await factorial(-2)
    except ValueError as e:
        print('negative raises:', repr(e))

asyncio.run(main())
