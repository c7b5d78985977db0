# Harness uses gather(return_exceptions=True) and tabulates values and exception reprs.
import asyncio

async def factorial(n):
    if not isinstance(n, int):
        raise TypeError(f'expected int, got {type(n).__name__}')
    if n < 0:
        raise ValueError('negative input')
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r

INPUTS = [5, -1, 2.5, '3', 0, 10]

async def main():
    res = await asyncio.gather(*(factorial(x) for x in INPUTS), return_exceptions=True)
    width = max(len(repr(x)) for x in INPUTS)
    for x, r in zip(INPUTS, res):
        status = 'ERR' if isinstance(r, Exception) else 'OK'
        shown = f'{type(r).__name__}: {r}' if status == 'ERR' else f'{r:,}'
        print(f'{x!r:<{width}} | {status:^5} | {shown}')
    print('errors:', sum(isinstance(r, Exception) for r in res))

asyncio.run(main())
