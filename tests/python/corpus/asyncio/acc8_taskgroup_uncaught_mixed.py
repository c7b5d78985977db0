# A TaskGroup's two failures reach the top uncaught: the ExceptionGroup traceback with both sub-exceptions.
import asyncio

async def parse(s):
    await asyncio.sleep(0.01)
    return int(s)

async def lookup(d, k):
    await asyncio.sleep(0.02)
    return d[k]

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(parse('x1'))
        tg.create_task(lookup({}, 'missing'))

asyncio.run(main())
