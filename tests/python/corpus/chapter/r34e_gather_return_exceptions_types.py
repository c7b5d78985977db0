# gather with return_exceptions=True and then sorting out which ones failed
import asyncio

async def worker(n):
    await asyncio.sleep(0.01 * n)
    if n % 2:
        raise ValueError(f'odd {n}')
    if n == 4:
        raise KeyError(n)
    return n * 10

async def main():
    results = await asyncio.gather(*[worker(n) for n in range(6)], return_exceptions=True)
    for n, r in enumerate(results):
        if isinstance(r, BaseException):
            print(n, 'failed:', type(r).__name__, repr(r), r.args)
        else:
            print(n, 'ok:', r)

asyncio.run(main())
