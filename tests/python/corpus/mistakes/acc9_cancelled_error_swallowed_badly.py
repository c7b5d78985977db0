# A task that catches CancelledError with a bare except and carries on.
import asyncio

async def worker():
    try:
        await asyncio.sleep(1)
    except:
        print("caught cancel")
    return "finished anyway"

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    t.cancel()
    print(await t)

asyncio.run(main())
