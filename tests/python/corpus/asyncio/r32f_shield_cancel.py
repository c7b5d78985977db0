# shield() protects a critical save from the outer timeout's cancellation
import asyncio

async def save():
    await asyncio.sleep(0.1)
    print("save completed")
    return "saved"

async def main():
    task = asyncio.create_task(save())
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.02)
    except asyncio.TimeoutError:
        print("timed out waiting, but the save continues")
    print("task cancelled?", task.cancelled())
    print(await task)

asyncio.run(main())
