# Which of asyncio's functions and methods are coroutine functions (async
# def: calling them makes a coroutine to await) and which are plain ones.
import asyncio
import functools
import inspect

candidates = {
    "sleep": asyncio.sleep,
    "wait_for": asyncio.wait_for,
    "wait": asyncio.wait,
    "gather": asyncio.gather,
    "shield": asyncio.shield,
    "to_thread": asyncio.to_thread,
    "run": asyncio.run,
    "create_task": asyncio.create_task,
    "timeout": asyncio.timeout,
    "as_completed": asyncio.as_completed,
    "Queue.get": asyncio.Queue.get,
    "Queue.put_nowait": asyncio.Queue.put_nowait,
    "Lock.acquire": asyncio.Lock.acquire,
    "Lock.release": asyncio.Lock.release,
    "Event.wait": asyncio.Event.wait,
    "Condition.wait_for": asyncio.Condition.wait_for,
    "Lock.__aenter__": asyncio.Lock.__aenter__,
    "TaskGroup.__aexit__": asyncio.TaskGroup.__aexit__,
    "partial(sleep, 1)": functools.partial(asyncio.sleep, 1),
}
for name, f in candidates.items():
    print(f"{name:20} inspect={inspect.iscoroutinefunction(f)!s:5} asyncio={asyncio.iscoroutinefunction(f)}")

print(asyncio.Lock.__aenter__.__qualname__, [c.__name__ for c in asyncio.Lock.__mro__])
print([c.__name__ for c in asyncio.BoundedSemaphore.__mro__])
print([c.__name__ for c in asyncio.PriorityQueue.__mro__])


async def main():
    coro = asyncio.sleep(0.01, result="slept")
    print(inspect.iscoroutine(coro), inspect.isawaitable(coro))
    print(await coro)
    lock = asyncio.Lock()
    async with lock:
        print("locked:", lock.locked())
    print("locked:", lock.locked())


asyncio.run(main())
