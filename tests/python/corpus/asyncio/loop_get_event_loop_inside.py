import asyncio

async def main():
    loop = asyncio.get_event_loop()
    print(loop is asyncio.get_running_loop())
    t0 = loop.time()
    await asyncio.sleep(0.2)
    print(round(loop.time() - t0, 1) >= 0.2)
    fut = asyncio.Future()
    loop.call_soon(fut.set_result, 7)
    print(await fut)

asyncio.run(main())
