# The newer style: asyncio.to_thread beside a ticking coroutine.
import asyncio
import time


def blocking_io():
    time.sleep(0.25)
    return 'io done'


async def ticker():
    for i in range(3):
        print('tick', i)
        await asyncio.sleep(0.1)


async def main():
    result, _ = await asyncio.gather(asyncio.to_thread(blocking_io), ticker())
    print(result)


asyncio.run(main())
