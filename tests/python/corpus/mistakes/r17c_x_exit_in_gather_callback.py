# sys.exit in a done callback on a gather: the exit ends the run, the awaiting main is cancelled
import asyncio
import sys


async def factorial(n):
    await asyncio.sleep(0.1 * n)
    return n * 2


def on_done(fut):
    print('gather done:', fut.result())
    sys.exit('leaving from the gather callback')


async def main():
    g = asyncio.gather(factorial(1), factorial(2))
    g.add_done_callback(on_done)
    print(await g)
    print('not reached')


asyncio.run(main())
