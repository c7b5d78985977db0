import asyncio

async def task():
    try:
        await asyncio.sleep(0)
        raise ValueError("original problem")
    finally:
        await asyncio.sleep(0)
        cleanup = None
        cleanup.close()

asyncio.run(task())
