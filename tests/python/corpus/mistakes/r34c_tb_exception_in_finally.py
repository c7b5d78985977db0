# Cleanup code in finally that fails and hides the real error
import asyncio

async def process(items):
    handle = None
    try:
        for item in items:
            await asyncio.sleep(0.01)
            print("processing", 10 / item)
    finally:
        handle.close()

asyncio.run(process([5, 2, 0]))
