import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.1, fut.set_result, "done")
    print(await fut)
    h = loop.call_soon(print, "soon", 1, 2)
    print(h.cancelled())
    await asyncio.sleep(0)
    print(await asyncio.wait_for(asyncio.sleep(0.1, "r"), 1))
    async def agen():
        for i in range(3):
            yield i
            await asyncio.sleep(0)
    print([x async for x in agen()])
    print(await asyncio.gather(*[asyncio.sleep(0, i) for i in range(3)], return_exceptions=True))
    q = asyncio.Queue()
    print(q, q.maxsize)
    e = asyncio.Event()
    print(e.is_set())
    asyncio.run(main())

asyncio.run(main(), debug=False)
