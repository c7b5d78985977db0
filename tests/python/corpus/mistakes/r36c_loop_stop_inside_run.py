# stopping the loop from inside main when the work is done
import asyncio

async def main():
    await asyncio.sleep(0.01)
    print("work done, stopping the loop")
    asyncio.get_running_loop().stop()
    await asyncio.sleep(0.01)
    print("after stop")

asyncio.run(main())
