# Factorial exercise: bad inputs raise, gather(return_exceptions=True) reports them with !r.
import asyncio

async def factorial(n):
    if not isinstance(n, int):
        raise TypeError(f'factorial() needs an int, not {type(n).__name__}')
    if n < 0:
        raise ValueError(f'{n} is negative')
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def main():
    inputs = [5, -2, 'x', 3.0, 0]
    outcomes = await asyncio.gather(*(factorial(n) for n in inputs), return_exceptions=True)
    for n, out in zip(inputs, outcomes):
        if isinstance(out, Exception):
            print(f'{n!r:>5}: error {out!r} / {out}')
        else:
            print(f'{n!r:>5}: {out}')
    errors = [o for o in outcomes if isinstance(o, BaseException)]
    print(len(errors), [type(e).__name__ for e in errors], errors[0].args)

asyncio.run(main())
