# TaskGroup's repr while entered, with tasks, with errors and cancelling, and after.
import asyncio

async def fail():
    raise OSError('io')

async def sleep():
    await asyncio.sleep(1)

async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    try:
        async with tg:
            print(repr(tg))
            tg.create_task(sleep())
            tg.create_task(sleep())
            print(repr(tg))
            tg.create_task(fail())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print(repr(tg))
                raise
    except* OSError:
        print('OSError caught')
    print(repr(tg))

asyncio.run(main())
