# A done callback reading result() of a cancelled task
import asyncio

def show(task):
    print("done:", task.get_name())
    print("result:", task.result())

async def main():
    t = asyncio.create_task(asyncio.sleep(1), name="sleeper")
    t.add_done_callback(show)
    await asyncio.sleep(0.1)
    t.cancel()
    await asyncio.sleep(0.1)
    print("main ends")

asyncio.run(main())
