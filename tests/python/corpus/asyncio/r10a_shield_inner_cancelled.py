import asyncio

async def job():
    await asyncio.sleep(1)

async def main():
    inner = asyncio.create_task(job())
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    inner.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled too:', outer.cancelled(), inner.cancelled())

asyncio.run(main())
