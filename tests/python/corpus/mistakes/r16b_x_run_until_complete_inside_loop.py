# run_until_complete called on the loop that is already running
import asyncio

async def helper():
    return 5

async def main():
    loop = asyncio.get_running_loop()
    print(loop.run_until_complete(helper()))

asyncio.run(main())
