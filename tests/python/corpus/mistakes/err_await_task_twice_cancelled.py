import asyncio

async def slow():
    await asyncio.sleep(10)

async def main():
    t = asyncio.create_task(slow())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    print(t.result())

asyncio.run(main())
