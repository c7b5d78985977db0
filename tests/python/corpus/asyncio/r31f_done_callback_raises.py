# A done callback that raises: the loop logs it and carries on
import asyncio

def on_done(task):
    print("callback got", task.result())
    raise RuntimeError("callback blew up")

async def work():
    await asyncio.sleep(0.01)
    return "payload"

async def main():
    t = asyncio.create_task(work(), name="worker-1")
    t.add_done_callback(on_done)
    await t
    await asyncio.sleep(0.01)
    print("main still fine")

asyncio.run(main())
