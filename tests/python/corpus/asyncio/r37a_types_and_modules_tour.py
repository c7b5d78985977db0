# Where asyncio's classes live: modules, qualnames and MROs a curious learner prints
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    fut = loop.create_future()
    for obj in (asyncio.Task, asyncio.Future, type(loop), asyncio.Queue, asyncio.Lock,
                asyncio.CancelledError, asyncio.InvalidStateError, asyncio.TaskGroup,
                asyncio.Runner, asyncio.Timeout, asyncio.Handle, asyncio.TimerHandle):
        print(f"{obj.__module__}.{obj.__qualname__}")
    print([c.__name__ for c in asyncio.Task.__mro__])
    print([c.__name__ for c in asyncio.CancelledError.__mro__])
    print(asyncio.TimeoutError is TimeoutError, asyncio.TimeoutError.__module__)
    print(type(task) is asyncio.Task, type(fut) is asyncio.Future)
    print(sorted(n for n in dir(asyncio.Future) if not n.startswith("_")))
    fut.cancel()


asyncio.run(main())
