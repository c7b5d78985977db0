import asyncio


def report(task):
    print("callback: cancelled =", task.cancelled())
    print("callback: exception =", task.exception())


async def sleeper():
    await asyncio.sleep(1)


async def main():
    t = asyncio.create_task(sleeper())
    t.add_done_callback(report)
    await asyncio.sleep(0.01)
    t.cancel()
    await asyncio.sleep(0.01)
    print("main continues")


asyncio.run(main())
