# Student returns math.gamma floats; harness checks exact int type and large-value accuracy.
import asyncio, math

async def factorial(n):
    for _ in range(n):
        await asyncio.sleep(0.01)
    return math.gamma(n + 1)

async def main():
    nums = [0, 5, 10, 20, 25]
    res = await asyncio.gather(*map(factorial, nums))
    for n, r in zip(nums, res):
        exact = math.factorial(n)
        print(f'{n:>2}: {r!r:<26} {type(r).__name__:<5} eq={r == exact!s:<5} int={int(r) == exact!s:<5} {r:,.0f}')
    print(f'{res[1]:,}', f'{res[1]:.2e}', f'{res[-1]:g}', int(res[-1]) - math.factorial(25))
    print(math.isclose(res[-1], math.factorial(25)), math.isclose(res[-1], math.factorial(25), rel_tol=1e-17))

asyncio.run(main())
