import asyncio

async def fail():
    await asyncio.sleep(0.01)
    return {"a": 1}["b"]

async def main():
    t = asyncio.create_task(fail())
    await asyncio.sleep(0.05)
    print("task done?", t.done())
    print(t.exception().__class__.__name__)
    await t

asyncio.run(main())
