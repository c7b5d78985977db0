# loop.stop() called inside main: run_until_complete ends before main does
import asyncio

async def main():
    print("main starts")
    asyncio.get_running_loop().stop()
    await asyncio.sleep(0.1)
    print("main ends")

asyncio.run(main())
