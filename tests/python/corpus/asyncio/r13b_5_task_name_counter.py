import asyncio

async def noop():
    await asyncio.sleep(0)

async def main():
    t1 = asyncio.create_task(noop())
    t2 = asyncio.create_task(noop(), name=None)
    t3 = asyncio.create_task(noop(), name=123)
    print(t1.get_name(), t2.get_name(), repr(t3.get_name()))
    t1.set_name(("tuple", 1))
    print(t1.get_name())
    await asyncio.gather(t1, t2, t3)
    print(asyncio.current_task().get_name())

asyncio.run(main())
asyncio.run(main())
