# Calling loop.run_until_complete from inside a running coroutine
import asyncio

async def helper():
    return 1

async def main():
    loop = asyncio.get_event_loop()
    print("same loop:", loop is asyncio.get_running_loop())
    try:
        loop.run_until_complete(helper())
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await helper())

asyncio.run(main())
