# a coroutine stored on an object that the coroutine also refers to, never awaited
import gc

class Holder:
    pass

async def worker(h):
    return h

h = Holder()
h.coro = worker(h)
h = None
print('dropped the holder')
gc.collect()
print('collected')
