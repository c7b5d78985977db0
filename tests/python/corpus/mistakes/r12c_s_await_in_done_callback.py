# A done callback (a plain def) that awaits.
import asyncio

def on_done(task):
    await asyncio.sleep(0.01)
    print("result:", task.result())

async def main():
    task = asyncio.create_task(asyncio.sleep(0.01, 42))
    task.add_done_callback(on_done)
    await task

asyncio.run(main())
