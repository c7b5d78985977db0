# A logging call with print-style arguments in a loop callback: the call stack runs down to asyncio.run
import asyncio
import logging

logging.basicConfig(level=logging.INFO, format="%(funcName)s:%(lineno)d %(message)s")

def on_done(task):
    logging.info("task finished:", task.result())

async def work():
    await asyncio.sleep(0.01)
    return 42

async def main():
    t = asyncio.create_task(work())
    t.add_done_callback(on_done)
    await t
    await asyncio.sleep(0.01)
    logging.info("main done")

asyncio.run(main())
