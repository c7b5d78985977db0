# With logging configured, asyncio's "Task exception was never retrieved" goes through the program's format
import asyncio
import logging

logging.basicConfig(level=logging.INFO, format="%(asctime)s|%(levelname)s|%(name)s|%(funcName)s|%(message)s",
                    datefmt="T")

async def fail():
    await asyncio.sleep(0.01)
    raise ValueError("no data")

async def main():
    logging.info("starting")
    asyncio.create_task(fail())
    await asyncio.sleep(0.05)
    logging.info("main ends")

asyncio.run(main())
