# loop.time() advances by roughly the sleep time; call_at honours it
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(0.1)
    elapsed = loop.time() - t0
    print("slept at least 0.1:", elapsed >= 0.099, "under 0.5:", elapsed < 0.5)
    fut = loop.create_future()
    loop.call_at(loop.time() + 0.05, fut.set_result, "at fired")
    print(await fut)
    print(fut.get_loop() is loop)

asyncio.run(main())
