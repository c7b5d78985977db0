# gather(return_exceptions=True) results printed with repr and isinstance.
import asyncio

async def worker(n):
    await asyncio.sleep(0.1)
    if n % 2:
        raise ValueError(f'odd {n}')
    return n * n

async def main():
    results = await asyncio.gather(*[worker(i) for i in range(5)], return_exceptions=True)
    for i, r in enumerate(results):
        kind = 'ERR' if isinstance(r, BaseException) else 'OK '
        print(f'{i}: {kind} {r!r}')
    print(results)

asyncio.run(main())
