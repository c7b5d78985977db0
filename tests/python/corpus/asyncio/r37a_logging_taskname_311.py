# A logging format with %(taskName)s copied from a Python 3.12 tutorial, run on 3.11
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("app")


async def worker(n):
    log.info("worker %d starting", n)
    await asyncio.sleep(0.01)
    task = asyncio.current_task()
    log.info("worker %d done in %s", n, task.get_name())


async def main():
    await asyncio.gather(*(asyncio.create_task(worker(n), name=f"w{n}") for n in range(2)))
    fmt = logging.Formatter("%(taskName)s: %(message)s")
    record = logging.LogRecord("app", logging.INFO, __file__, 1, "hello", None, None)
    print("has taskName:", hasattr(record, "taskName"))
    print(fmt.format(record))


asyncio.run(main())
