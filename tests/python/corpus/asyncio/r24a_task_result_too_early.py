import asyncio

async def work():
    await asyncio.sleep(0.01)
    return 7

async def main():
    t = asyncio.create_task(work())
    print("done?", t.done())
    print(t.result())

asyncio.run(main())
