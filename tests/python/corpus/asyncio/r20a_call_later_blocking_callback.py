# A call_later callback that blocks with time.sleep delays the coroutine's wakeup (no debug mode).
import asyncio
import time


def blocking_callback(label):
    print('callback', label, 'blocking')
    time.sleep(0.2)
    print('callback', label, 'done')


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    loop.call_later(0.05, blocking_callback, 'A')
    await asyncio.sleep(0.1)
    late = loop.time() - start
    print('main woke, at least 0.25 s later:', late >= 0.25)


asyncio.run(main())
