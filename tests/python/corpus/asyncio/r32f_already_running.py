# Mistake from notebook users: run_until_complete inside a coroutine (loop already running)
import asyncio

async def helper():
    await asyncio.sleep(0.01)
    return 5

async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.run_until_complete(helper())
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("proper:", await helper())

asyncio.run(main())
