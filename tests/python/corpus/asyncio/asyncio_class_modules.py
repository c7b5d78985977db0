# asyncio's classes name the submodule CPython defines them in
import asyncio
for c in [asyncio.Event, asyncio.Lock, asyncio.Semaphore, asyncio.BoundedSemaphore, asyncio.Condition,
          asyncio.Barrier, asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue, asyncio.Runner,
          asyncio.Timeout, asyncio.TaskGroup, asyncio.Handle, asyncio.TimerHandle, asyncio.AbstractEventLoop,
          asyncio.BaseEventLoop, asyncio.QueueEmpty, asyncio.QueueFull, asyncio.BrokenBarrierError]:
    print(c, c.__module__, c.__qualname__)
class MyQueue(asyncio.Queue):
    pass
print(MyQueue, MyQueue.__mro__[1])
async def main():
    loop = asyncio.get_running_loop()
    print(type(loop), type(loop).__module__)
    h = loop.call_later(1, print)
    print(type(h))
    h.cancel()
asyncio.run(main())
