import asyncio

def on_done(task):
    print("callback sees", task.result())
    raise ValueError("callback blew up")

async def work():
    await asyncio.sleep(0.01)
    return 7

async def main():
    t = asyncio.create_task(work())
    t.add_done_callback(on_done)
    await t
    await asyncio.sleep(0.01)
    print("main still fine")

asyncio.run(main())
