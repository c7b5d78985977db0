# A logging error two awaits deep in a gathered worker: every frame down to the module is listed
import asyncio
import logging

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(name)s: %(message)s")
log = logging.getLogger("worker")

async def fetch(url):
    await asyncio.sleep(0.01)
    log.debug("fetched %s in %.2f s", url)
    return len(url)

async def worker(urls):
    return [await fetch(u) for u in urls]

async def main():
    print(await asyncio.gather(worker(["a.org"]), worker(["bb.org"])))

def start():
    asyncio.run(main())

start()
