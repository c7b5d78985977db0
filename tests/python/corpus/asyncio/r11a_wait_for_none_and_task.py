import asyncio


async def compute():
    await asyncio.sleep(0.02)
    return 7


async def main():
    print(await asyncio.wait_for(compute(), timeout=None))
    task = asyncio.create_task(compute())
    try:
        await asyncio.wait_for(task, timeout=0.005)
    except asyncio.TimeoutError:
        print("timed out; task cancelled?", task.cancelled())
    task2 = asyncio.create_task(compute())
    await asyncio.sleep(0.03)
    print("already done:", await asyncio.wait_for(task2, timeout=0))


asyncio.run(main())
