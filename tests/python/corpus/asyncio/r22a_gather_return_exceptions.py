# gather(return_exceptions=True) keeps results and errors in argument order.
import asyncio

async def job(n):
    await asyncio.sleep(0.01 * (4 - n))
    if n % 2:
        raise ValueError(f'odd {n}')
    return n

async def main():
    results = await asyncio.gather(*(job(n) for n in range(4)), return_exceptions=True)
    for r in results:
        print(type(r).__name__, r)
    ok = [r for r in results if not isinstance(r, BaseException)]
    print('ok:', ok)

asyncio.run(main())
# (end of the program)
