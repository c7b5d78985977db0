# exception in a done callback
import asyncio

async def work():
    return 42

def on_done(task):
    print("result", task.result())
    raise RuntimeError("callback exploded")

async def main():
    t = asyncio.create_task(work())
    t.add_done_callback(on_done)
    await t
    await asyncio.sleep(0)
    print("after")

asyncio.run(main())
