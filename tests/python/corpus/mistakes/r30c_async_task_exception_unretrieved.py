# A background task fails and nobody looks at its exception.
import asyncio

async def flaky():
    await asyncio.sleep(0.01)
    raise ValueError("flaky failed")

async def main():
    asyncio.create_task(flaky())
    await asyncio.sleep(0.05)
    print("main finished")

asyncio.run(main())
print("after run")
