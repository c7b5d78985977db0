import asyncio

async def boom():
    await asyncio.sleep(0)
    raise ValueError("something broke")

async def main():
    asyncio.create_task(boom())
    await asyncio.sleep(0.05)
    print("main finished")

asyncio.run(main())
