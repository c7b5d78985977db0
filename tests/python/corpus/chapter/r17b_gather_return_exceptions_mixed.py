# gather with return_exceptions=True, results split into successes and failures
import asyncio

async def worker(n):
    await asyncio.sleep(0.01 * n)
    if n % 3 == 0:
        raise ZeroDivisionError(f'{n} is divisible by 3')
    return 100 // n

async def main():
    results = await asyncio.gather(*(worker(n) for n in range(1, 8)), return_exceptions=True)
    ok = [r for r in results if not isinstance(r, Exception)]
    bad = [r for r in results if isinstance(r, Exception)]
    print('ok:', ok)
    print('bad:', [str(e) for e in bad])
    print(f'{len(ok)}/{len(results)} succeeded ({len(ok) / len(results):.0%})')

asyncio.run(main())
