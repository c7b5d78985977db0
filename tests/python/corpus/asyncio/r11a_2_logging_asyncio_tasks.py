import asyncio
import logging

logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(funcName)s: %(message)s")
log = logging.getLogger("crawler")


async def crawl(url):
    log.info("fetching %s", url)
    await asyncio.sleep(0.01)
    if url.endswith("404"):
        log.warning("%s not found", url)
        return None
    log.debug("never shown")
    return len(url)


async def main():
    results = await asyncio.gather(*(crawl(u) for u in ["a.com", "b.com/404", "c.org"]))
    log.info("results: %s", results)
    try:
        1 / 0
    except ZeroDivisionError:
        log.exception("oops in %s", asyncio.current_task().get_name())


asyncio.run(main())
