# A leftover task that raises while being cancelled at asyncio.run shutdown
import asyncio

async def grumpy():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise ValueError("refusing to be cancelled politely")

async def main():
    asyncio.create_task(grumpy(), name="grumpy")
    await asyncio.sleep(0.01)
    print("main returns while grumpy is pending")

asyncio.run(main())
print("program continues after run")
