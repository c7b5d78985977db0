# test_futures: _asyncio_future_blocking while a task waits
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print("before:", f._asyncio_future_blocking)

    async def w():
        return await f

    t = asyncio.create_task(w())
    await asyncio.sleep(0)
    print("while awaited:", f._asyncio_future_blocking)
    f.set_result(3)
    print(await t)
    try:
        f._asyncio_future_blocking = True
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
