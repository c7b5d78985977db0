# asyncio.Task(coro) created directly as in older examples, inside and outside a loop.
import asyncio


async def work():
    await asyncio.sleep(0.01)
    return 'ok'


async def main():
    t = asyncio.Task(work())
    print(await t)


asyncio.run(main())
try:
    asyncio.Task(work())
except RuntimeError as e:
    print('RuntimeError:', e)
