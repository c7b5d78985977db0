# sys.set_coroutine_origin_tracking_depth records where coroutines were created
import asyncio
import sys

async def job():
    return 1

def make():
    return job()

async def main():
    sys.set_coroutine_origin_tracking_depth(2)
    print(sys.get_coroutine_origin_tracking_depth())
    c = make()
    for filename, lineno, func in c.cr_origin:
        print(filename.rsplit("/", 1)[-1], lineno, func)
    print(await c)
    sys.set_coroutine_origin_tracking_depth(0)
    c2 = make()
    print(c2.cr_origin)
    c2.close()

asyncio.run(main())
