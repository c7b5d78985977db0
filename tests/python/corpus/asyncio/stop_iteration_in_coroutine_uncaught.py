# next() of an exhausted iterator inside a coroutine: 'coroutine raised StopIteration', caused by the StopIteration, uncaught
import asyncio

async def gen_next(it):
    await asyncio.sleep(0)
    return next(it)

async def main():
    it = iter([1])
    print(await gen_next(it))
    print(await gen_next(it))

asyncio.run(main())
