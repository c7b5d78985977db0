# With logging configured, an error in a loop callback is logged by asyncio through the program's format
import asyncio
import logging

logging.basicConfig(format="[%(levelname)s] %(name)s: %(message)s")

def report(task):
    print("result:", task.result()["total"])

async def compute():
    await asyncio.sleep(0.01)
    return {"count": 3}

async def main():
    t = asyncio.create_task(compute())
    t.add_done_callback(report)
    await asyncio.sleep(0.05)
    logging.warning("main ends")

asyncio.run(main())
