# With logging configured, asyncio's "exception was never retrieved" goes through the formatter
import asyncio
import logging

logging.basicConfig(format="[%(levelname)s] %(name)s: %(message)s")
log = logging.getLogger("app")

async def job():
    log.warning("job starting")
    await asyncio.sleep(0.01)
    raise PermissionError("access denied")

async def main():
    asyncio.create_task(job(), name="perm-job")
    await asyncio.sleep(0.05)
    log.error("main exiting")

asyncio.run(main())
