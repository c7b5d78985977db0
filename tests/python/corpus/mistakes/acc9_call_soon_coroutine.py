# call_soon given a coroutine.
import asyncio

async def job():
    print("job")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(job())
    await asyncio.sleep(0.1)

asyncio.run(main())
