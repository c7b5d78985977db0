# A done callback that raises: logged by the loop, the other callbacks still run
import asyncio

def bad_cb(task):
    raise RuntimeError(f"callback saw {task.result()}")

def good_cb(task):
    print("good callback saw", task.result())

async def job():
    await asyncio.sleep(0.01)
    return 7

async def main():
    t = asyncio.create_task(job())
    t.add_done_callback(bad_cb)
    t.add_done_callback(good_cb)
    print("awaited:", await t)
    await asyncio.sleep(0.01)

asyncio.run(main())
