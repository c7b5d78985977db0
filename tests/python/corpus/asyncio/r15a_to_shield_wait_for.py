# shield under wait_for: the timeout hits the caller, the shielded task carries on
import asyncio

async def save_to_db(record):
    await asyncio.sleep(0.3)
    print("saved", record)
    return "ok"

async def main():
    task = asyncio.create_task(save_to_db({"id": 1}))
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.1)
    except asyncio.TimeoutError:
        print("caller gave up waiting; task done:", task.done())
    print("task result after all:", await task)

asyncio.run(main())
