# A logging helper with stacklevel=2 called from coroutines: the caller's function and line are logged
import asyncio
import logging

logging.basicConfig(level=logging.INFO, format="%(funcName)s:%(lineno)d %(message)s")

def audit(msg):
    logging.info(msg, stacklevel=2)

async def step(n):
    audit(f"step {n}")
    await asyncio.sleep(0)

async def main():
    audit("start")
    await asyncio.gather(step(1), step(2))
    audit("end %s")

asyncio.run(main())
