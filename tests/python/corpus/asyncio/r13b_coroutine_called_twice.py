import asyncio

async def value():
    await asyncio.sleep(0)
    return 3

async def main():
    coro = value()
    print(await coro)
    try:
        print(await coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    task = asyncio.create_task(value())
    print(await task, await task)

asyncio.run(main())
