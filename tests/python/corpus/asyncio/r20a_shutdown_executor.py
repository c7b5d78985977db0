# Old loop style with the default executor: shutdown_default_executor before close.
import asyncio
import time


def blocking(n):
    time.sleep(0.05 * n)
    return n


async def main(loop):
    futs = [loop.run_in_executor(None, blocking, n) for n in (3, 1, 2)]
    print(await asyncio.gather(*futs))


loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(main(loop))
    loop.run_until_complete(loop.shutdown_default_executor())
    loop.run_until_complete(loop.shutdown_asyncgens())
finally:
    loop.close()
print('closed cleanly')
