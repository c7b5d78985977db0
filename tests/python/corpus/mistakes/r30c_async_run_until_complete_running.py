# run_until_complete on the loop that is already running.
import asyncio

async def helper():
    await asyncio.sleep(0.01)
    return 3

async def main():
    loop = asyncio.get_running_loop()
    value = loop.run_until_complete(helper())
    print(value)

asyncio.run(main())
