# Checking which names asyncio exports in __all__ and where its classes come from.
import asyncio

wanted = ["gather", "as_completed", "wait", "wait_for", "TaskGroup", "timeout", "Runner",
          "to_thread", "Barrier", "eager_task_factory", "run", "Queue", "shield"]
for name in wanted:
    print(f"{name:<20} in __all__: {name in asyncio.__all__!s:<6} attr: {hasattr(asyncio, name)}")
print(asyncio.Queue.__module__, asyncio.TaskGroup.__module__, asyncio.Runner.__module__)
print(asyncio.gather.__module__, asyncio.sleep.__module__, asyncio.timeout.__module__)
print(asyncio.CancelledError.__module__, asyncio.TimeoutError.__name__, asyncio.InvalidStateError.__mro__[1].__name__)


async def factorial(n):
    await asyncio.sleep(0.01)
    return 1 if n < 2 else n * await factorial(n - 1)

print(asyncio.run(factorial(6)))
