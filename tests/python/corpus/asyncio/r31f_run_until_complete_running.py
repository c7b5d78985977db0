# Calling run_until_complete from inside a coroutine: the loop is already running
import asyncio

async def inner():
    return 5

async def main():
    loop = asyncio.get_running_loop()
    print(loop.is_running())
    coro = inner()
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await coro)

asyncio.run(main())
