# Factorial exercise: a plain factorial and an async one, checked equal for 0..12.
import asyncio
from math import factorial as ref

def factorial(n):
    return 1 if n < 2 else n * factorial(n - 1)

async def afactorial(n):
    if n < 2:
        return 1
    await asyncio.sleep(0)
    return n * await afactorial(n - 1)

async def main():
    values = await asyncio.gather(*[afactorial(n) for n in range(13)])
    for n, v in enumerate(values):
        assert v == factorial(n) == ref(n), n
    print('all equal up to', len(values) - 1)
    print(f'{values[-1]:>15,}', f'{values[-1]:e}', f'{values[10] / values[9]:.1f}')
    print(type(afactorial(0)).__name__ if False else 'skip', asyncio.iscoroutinefunction(afactorial))

asyncio.run(main())
