# Mistake: calling loop.run_until_complete from inside a coroutine that the loop is running.
import asyncio

async def helper():
    await asyncio.sleep(0.01)
    return 7

async def main():
    loop = asyncio.get_running_loop()
    print("running:", loop.is_running())
    coro = helper()
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await coro)
    loop.run_forever()

asyncio.run(main())
