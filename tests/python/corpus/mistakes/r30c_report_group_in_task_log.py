# A TaskGroup error caught and logged with logging.exception.
import asyncio
import logging
logging.basicConfig(format="%(levelname)s:%(message)s")

async def fail(n):
    await asyncio.sleep(0.01 * n)
    raise OSError(f"disk {n} failed")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(1))
            tg.create_task(fail(1))
    except ExceptionGroup:
        logging.exception("backup failed")
    print("continuing")

asyncio.run(main())
