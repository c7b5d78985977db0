# main raises while a background task is still running: the task's cleanup runs before the traceback
import asyncio

async def flusher():
    try:
        await asyncio.sleep(10)
    finally:
        await asyncio.sleep(0.01)
        print("flusher: buffers flushed")

async def main():
    asyncio.create_task(flusher())
    await asyncio.sleep(0.02)
    settings = {"retries": 3}
    print("timeout is", settings["timeout"])

asyncio.run(main())
