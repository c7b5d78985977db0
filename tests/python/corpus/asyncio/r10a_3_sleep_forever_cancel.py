import asyncio

async def forever():
    loop = asyncio.get_running_loop()
    await loop.create_future()

async def main():
    t = asyncio.create_task(forever())
    done, pending = await asyncio.wait({t}, timeout=0.02)
    print(len(done), len(pending))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled forever')

asyncio.run(main())
