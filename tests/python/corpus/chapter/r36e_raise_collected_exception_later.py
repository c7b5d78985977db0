# collected errors with return_exceptions=True and raised the first one myself at the end
import asyncio

async def check(n):
    await asyncio.sleep(0.02 * n)
    if n % 2:
        raise ValueError(f'{n} is odd')
    return n

async def do_something():
    results = await asyncio.gather(*(check(n) for n in range(4)), return_exceptions=True)
    errors = [r for r in results if isinstance(r, Exception)]
    print('ok:', [r for r in results if not isinstance(r, Exception)])
    print('errors:', errors)
    if errors:
        raise errors[0]

asyncio.run(do_something())
