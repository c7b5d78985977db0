import asyncio


async def producer(fut, items):
    await asyncio.sleep(0)
    it = iter(items)
    try:
        fut.set_result(next(it))
    except StopIteration as exc:
        fut.set_exception(exc)


async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    await producer(f1, [1, 2])
    print("first:", await f1)
    f2 = loop.create_future()
    await producer(f2, [])
    print("first:", await f2)


asyncio.run(main())
