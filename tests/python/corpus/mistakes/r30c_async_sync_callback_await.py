# A done callback written as async def never runs its body.
import asyncio

async def on_done(task):
    print("callback saw", task.result())

async def job():
    await asyncio.sleep(0.01)
    return 7

async def main():
    t = asyncio.create_task(job())
    t.add_done_callback(on_done)
    await t
    await asyncio.sleep(0.01)
    print("main done")

asyncio.run(main())
