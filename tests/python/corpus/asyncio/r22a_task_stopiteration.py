# StopIteration raised in a coroutine becomes RuntimeError.
import asyncio

async def leaky():
    it = iter([])
    return next(it)

async def main():
    t = asyncio.create_task(leaky())
    await asyncio.wait([t])
    e = t.exception()
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__)
    try:
        await leaky()
    except RuntimeError as err:
        print('direct await:', err)

asyncio.run(main())
# (end of the program)
