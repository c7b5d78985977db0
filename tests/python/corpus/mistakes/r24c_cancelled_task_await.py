import asyncio

async def forever():
    while True:
        await asyncio.sleep(0.01)

async def main():
    t = asyncio.create_task(forever())
    await asyncio.sleep(0.03)
    t.cancel()
    await t
    print("never here")

asyncio.run(main())
