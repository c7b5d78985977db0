# shield() protects the inner task when the waiter is cancelled; the work still completes.
import asyncio

async def save_to_db(data):
    print("saving", data)
    await asyncio.sleep(0.2)
    print("saved", data)
    return len(data)

async def handler(data):
    return await asyncio.shield(save_to_db(data))

async def main():
    h = asyncio.create_task(handler("payload"))
    await asyncio.sleep(0.05)
    h.cancel()
    try:
        await h
    except asyncio.CancelledError:
        print("handler cancelled")
    await asyncio.sleep(0.3)
    print("tasks left:", len(asyncio.all_tasks()))

asyncio.run(main())
