# Calling run_until_complete from inside a coroutine: the loop is already running
import asyncio

async def helper():
    return 1

async def main():
    loop = asyncio.get_event_loop()
    coro = helper()
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("still works with await:", await coro)

asyncio.run(main())
