# wait_for around shield: the wait times out but the shielded task finishes and can be awaited
import asyncio


async def save(record):
    await asyncio.sleep(0.2)
    print("saved", record)
    return len(record)


async def main():
    task = asyncio.create_task(save("customer-17"))
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.05)
    except TimeoutError:
        print("gave up waiting; task cancelled?", task.cancelled())
    print("still done?", task.done())
    print("result later:", await task)


asyncio.run(main())
