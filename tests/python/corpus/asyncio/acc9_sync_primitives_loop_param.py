# Lock, Event, Condition, Semaphore and Queue refuse the loop parameter removed in 3.10; `with lock:` is refused too.
import asyncio

loop = asyncio.new_event_loop()
for cls in (asyncio.Lock, asyncio.Event, asyncio.Condition, asyncio.Semaphore, asyncio.BoundedSemaphore, asyncio.Queue):
    try:
        cls(loop=loop)
    except TypeError as e:
        print(cls.__name__, 'TypeError:', e)
lock = asyncio.Lock()
try:
    with lock:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ':', e)
loop.close()
