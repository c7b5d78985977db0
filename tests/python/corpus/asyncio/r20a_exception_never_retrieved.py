# A task raises and nobody awaits it: "Task exception was never retrieved" logged at the end.
import asyncio


async def fails():
    await asyncio.sleep(0.01)
    raise KeyError('missing')


async def main():
    asyncio.create_task(fails())
    await asyncio.sleep(0.1)
    print('main done')


asyncio.run(main())
