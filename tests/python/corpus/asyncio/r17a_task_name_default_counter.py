# default task names count up across the run: Task-1 is main
import asyncio

async def noop():
    return asyncio.current_task().get_name()

async def main():
    print(asyncio.current_task().get_name())
    names = await asyncio.gather(noop(), noop())
    print(names)
    t = asyncio.create_task(noop())
    print(await t)
    t2 = asyncio.create_task(noop(), name=42)
    print(repr(t2.get_name()))
    t2.set_name(('a', 1))
    print(repr(await t2))

asyncio.run(main())
