# Mistake: the walrus without parentheses around the call stores the comparison's result, not the length.
import asyncio


async def fetch():
    await asyncio.sleep(0.01)
    return ['a', 'b', 'c', 'd']


async def main():
    if n := len(await fetch()) > 3:
        print(f'{n} items: too many')
    print('n is', n, type(n).__name__)


asyncio.run(main())
