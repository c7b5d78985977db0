# run_until_complete called from inside a running loop.
import asyncio

async def inner():
    return 1

async def main():
    loop = asyncio.get_running_loop()
    coro = inner()
    try:
        print(loop.run_until_complete(coro))
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await coro)

asyncio.run(main())
