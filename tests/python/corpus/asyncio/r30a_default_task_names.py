# Default task names are numbered Task-N across the whole program
import asyncio

async def noop():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()

async def main():
    print(asyncio.current_task().get_name())
    print(await asyncio.gather(noop(), noop()))
    t = asyncio.create_task(noop())
    t.set_name(12345)
    print(repr(t.get_name()), await t)
    print(await asyncio.create_task(noop()))
    print(await asyncio.wait_for(noop(), 1))
    print(await asyncio.ensure_future(noop()))

asyncio.run(main())
asyncio.run(main())
