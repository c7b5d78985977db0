import asyncio

async def slow():
    await asyncio.sleep(1)
    return "x"

async def main():
    t = asyncio.create_task(slow())
    await asyncio.sleep(0.1)
    t.cancel()
    await asyncio.sleep(0)
    print(t.cancelled(), t.done())
    print(t.result())

asyncio.run(main())
