# sys.set_coroutine_origin_tracking_depth: where was this coroutine created?
import asyncio
import sys

async def job():
    return 1

def make():
    return job()

sys.set_coroutine_origin_tracking_depth(2)
c = make()
print([(name, line) for _, line, name in c.cr_origin])
print(asyncio.run(c))
sys.set_coroutine_origin_tracking_depth(0)
c2 = job()
print(c2.cr_origin)
c2.close()
print(sys.get_coroutine_origin_tracking_depth())
