# Mistake: list() of an unawaited gather, and the gather's result asked too early.
import asyncio

async def square(n):
    await asyncio.sleep(0.01)
    return n * n

async def main():
    g = asyncio.gather(square(2), square(3))
    try:
        print(g.result())
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    print(list(g))

asyncio.run(main())
