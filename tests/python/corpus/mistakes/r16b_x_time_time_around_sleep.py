# time.time() and loop.time() around sleeps, rounded
import asyncio, time
async def main():
    start = time.time()
    await asyncio.sleep(0.2)
    print(round(time.time() - start, 1))
    loop = asyncio.get_running_loop()
    t0 = loop.time(); await asyncio.sleep(0.1); print(round(loop.time() - t0, 1))
asyncio.run(main())
