# Sending the asyncio logger to stdout with a custom format, then losing a task's exception
import asyncio
import logging
import sys

handler = logging.StreamHandler(sys.stdout)

class Short(logging.Formatter):
    def formatException(self, ei):
        return f"  ({ei[0].__name__}: {ei[1]})"


handler.setFormatter(Short("[%(levelname)s %(name)s] %(message).30s"))
log = logging.getLogger("asyncio")
log.addHandler(handler)
log.propagate = False


async def doomed():
    raise ValueError("nobody awaits me")


def bad_cb():
    1 / 0


async def main():
    t = asyncio.create_task(doomed())
    await asyncio.sleep(0)
    del t
    asyncio.get_running_loop().call_soon(bad_cb)
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
