# A task fails but nobody awaits it; the error shows up at exit.
import asyncio

async def flaky():
    await asyncio.sleep(0.01)
    raise ConnectionError("server went away")

async def main():
    asyncio.create_task(flaky())
    await asyncio.sleep(0.05)
    print("main finished")

asyncio.run(main())
