# Awaiting a task again after wait_for timed out on it
import asyncio

async def compute():
    await asyncio.sleep(0.5)
    return 42

async def main():
    task = asyncio.create_task(compute())
    try:
        await asyncio.wait_for(task, timeout=0.05)
    except asyncio.TimeoutError:
        print("too slow, waiting properly this time")
    print(await task)

asyncio.run(main())
