# the reprs of asyncio.timeout's Timeout and of a TaskGroup through their lives
import asyncio

async def main():
    async with asyncio.timeout(None) as cm:
        print(repr(cm))
    print(repr(cm))
    try:
        async with asyncio.timeout(0.01) as cm2:
            await asyncio.sleep(1)
    except TimeoutError:
        print(repr(cm2))
    tg = asyncio.TaskGroup()
    print(repr(tg))
    async with tg:
        tg.create_task(asyncio.sleep(0.01))
        print(repr(tg))
    print(repr(tg))
    try:
        async with asyncio.TaskGroup() as tg2:
            tg2.create_task(asyncio.sleep(1))
            raise ValueError
    except* ValueError:
        print(repr(tg2))

asyncio.run(main())
