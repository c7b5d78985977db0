import asyncio

async def critical():
    await asyncio.sleep(0.02)
    raise OSError("disk full")

async def main():
    try:
        await asyncio.wait_for(asyncio.shield(critical()), timeout=0.01)
    except TimeoutError:
        print("wait_for timed out, critical keeps running")
    await asyncio.sleep(0.05)
    print("main done")

asyncio.run(main())
