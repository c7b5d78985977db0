# A logging error inside a function run by asyncio.to_thread: its call stack is the thread's own
import asyncio
import logging

logging.basicConfig(level=logging.INFO, format="%(threadName)s %(message)s")

def blocking(n):
    logging.info("blocking call %d of %d", n)
    return n * 2

async def main():
    print(await asyncio.to_thread(blocking, 3))

asyncio.run(main())
