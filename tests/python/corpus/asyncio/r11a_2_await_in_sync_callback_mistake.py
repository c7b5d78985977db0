import asyncio


async def notify(msg):
    await asyncio.sleep(0)
    print("notified:", msg)


def on_done(task):
    asyncio.ensure_future(notify(f"task finished with {task.result()}"))
    notify("this coroutine is never awaited")


async def main():
    t = asyncio.create_task(asyncio.sleep(0.01, result=7))
    t.add_done_callback(on_done)
    await t
    await asyncio.sleep(0.01)


asyncio.run(main())
