# a task that raises while being cancelled at asyncio.run shutdown
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn cancelled")
        raise ValueError("error during cleanup")

async def main():
    asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    print("main returns")

asyncio.run(main())
print("after run")
