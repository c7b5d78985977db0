import asyncio

async def ratio(a, b):
    await asyncio.sleep(0)
    return a / b

async def main():
    tasks = [asyncio.create_task(ratio(10, d)) for d in (5, 0, 2)]
    await asyncio.sleep(0.01)
    for t in tasks:
        if t.exception() is None:
            print("ratio:", t.result())

asyncio.run(main())
