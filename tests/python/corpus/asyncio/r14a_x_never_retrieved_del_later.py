# A failed task held by a variable is reported when the variable is deleted, not before
import asyncio

async def fails():
    await asyncio.sleep(0.01)
    raise KeyError('late')

async def main():
    t = asyncio.create_task(fails())
    await asyncio.sleep(0.1)
    print('task done:', t.done())
    del t
    print('after del')
    u = asyncio.create_task(fails())
    await asyncio.sleep(0.1)
    u = None
    print('after rebinding')

asyncio.run(main())
