# a worker that "handles every error" with except Exception, then gets cancelled
import asyncio

async def worker():
    try:
        await asyncio.sleep(1)
    except Exception as e:
        print("worker handled", type(e).__name__)
        return "recovered"

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t.cancel()
    print("result:", await t)

asyncio.run(main())
