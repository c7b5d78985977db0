# Calling run_until_complete from inside a running coroutine.
import asyncio

async def inner():
    return 1

async def main():
    loop = asyncio.get_running_loop()
    print(loop.is_running())
    print(loop.run_until_complete(inner()))

asyncio.run(main())
