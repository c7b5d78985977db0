import asyncio

async def main():
    loop = asyncio.get_running_loop()
    handles = [loop.call_later(0.01 * i, print, "timer", i) for i in range(1, 6)]
    for h in handles[::2]:
        h.cancel()
    await asyncio.sleep(0.1)
    print([h.cancelled() for h in handles])
    print(round(handles[1].when() - handles[0].when(), 2))
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "from timer")
    print(await fut)

asyncio.run(main())
