# Mistake: gather() without await, then slept long enough: the future has results, not a list.
import asyncio

async def square(n):
    await asyncio.sleep(0.01 * n)
    if n == 3:
        raise ValueError('three')
    return n * n

async def main():
    ok = asyncio.gather(square(1), square(2))
    bad = asyncio.gather(square(3), square(4))
    await asyncio.sleep(0.3)
    print(ok)
    print(bad)
    for r in ok:
        print('never', r)
    print('after the loop')
    del bad
    print('bad deleted')

asyncio.run(main())
print('end')
