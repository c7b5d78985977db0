import asyncio

async def risky(n):
    await asyncio.sleep(0.01)
    return 10 // n

async def main():
    asyncio.create_task(risky(0))
    t = asyncio.create_task(risky(2))
    await asyncio.sleep(0.1)
    print("main done", t.result())

asyncio.run(main())
print("after run")
