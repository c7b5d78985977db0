# loop.time() advances by about the slept time
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(0.25)
    dt = loop.time() - t0
    print('slept at least 0.24:', dt >= 0.24, 'under 0.4:', dt < 0.4)
    print(type(t0).__name__)
    print(loop.is_running(), loop.is_closed())

asyncio.run(main())
