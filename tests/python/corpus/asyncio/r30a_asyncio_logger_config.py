# Routing the asyncio logger to stdout with a custom format, then silencing it
import asyncio
import logging
import sys

handler = logging.StreamHandler(sys.stdout)
class OneLine(logging.Formatter):
    def format(self, r):
        first = r.getMessage().splitlines()[0].split(" at ")[0]
        return f"[{r.name} {r.levelname}] {first} / {r.exc_info[1]!r}"

handler.setFormatter(OneLine())
log = logging.getLogger("asyncio")
log.addHandler(handler)
log.propagate = False

async def fail():
    raise ValueError("nobody asked")

def bad_cb():
    raise TypeError("in a callback")

async def main():
    asyncio.create_task(fail(), name="lonely")
    asyncio.get_running_loop().call_soon(bad_cb)
    await asyncio.sleep(0.01)
    log.setLevel(logging.CRITICAL)
    asyncio.get_running_loop().call_soon(bad_cb)
    await asyncio.sleep(0.01)
    print("end")

asyncio.run(main())
