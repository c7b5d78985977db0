# One worker fails; return_exceptions=True keeps the others.
import asyncio

async def worker(n):
    await asyncio.sleep(0.01 * n)
    if n == 2:
        raise RuntimeError(f'worker {n} failed')
    return n

async def main():
    results = await asyncio.gather(*(worker(n) for n in range(4)), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            print('error:', r)
        else:
            print('value:', r)
    print(results)

asyncio.run(main())
