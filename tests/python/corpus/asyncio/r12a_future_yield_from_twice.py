# test_futures: test_yield_from_twice -- awaiting a future twice from one coroutine
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()

    async def fixture():
        x = await f
        y = await f
        return x, y

    t = asyncio.create_task(fixture())
    loop.call_later(0.02, f.set_result, "v")
    print(await t)
    # iterating the future by hand
    g = loop.create_future()
    it = g.__await__()
    print(next(it) is g)
    g.set_result(5)
    try:
        next(it)
    except StopIteration as e:
        print("StopIteration value:", e.value)

asyncio.run(main())
