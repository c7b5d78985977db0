# Adding a task to a TaskGroup that is already shutting down
import asyncio

async def fail():
    raise OSError("disk gone")

async def late(tg):
    await asyncio.sleep(0.01)
    try:
        tg.create_task(asyncio.sleep(0))
    except RuntimeError as e:
        print("RuntimeError:", e)
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail())
            tg.create_task(late(tg))
    except* OSError as eg:
        print("OSError group of", len(eg.exceptions))
    print(repr(tg).split(" ")[0])

asyncio.run(main())
