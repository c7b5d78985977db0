# A gather whose child fails, never awaited: the gather and the task both log "exception was never retrieved".
import asyncio

async def bad():
    await asyncio.sleep(0)
    raise OSError('disk on fire')

async def main():
    g = asyncio.gather(bad())
    await asyncio.sleep(0.01)
    print('gather done:', g.done())
    del g
    print('dropped the gather')
    await asyncio.sleep(0)

asyncio.run(main())
