# repr() of a TaskGroup while it runs, fails and finishes.
import asyncio

async def work(d):
    await asyncio.sleep(d)

async def oops():
    await asyncio.sleep(0.01)
    raise OSError('disk')

async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    async with tg:
        tg.create_task(work(0.02))
        tg.create_task(work(0.03))
        print(repr(tg))
    print(repr(tg))
    tg2 = asyncio.TaskGroup()
    try:
        async with tg2:
            tg2.create_task(work(1))
            tg2.create_task(oops())
            await asyncio.sleep(0.05)
    except* OSError:
        print(repr(tg2))

asyncio.run(main())
