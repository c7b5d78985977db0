# A learner prints where asyncio comes from and what kind of object the worker is
import asyncio
import inspect

async def worker():
    await asyncio.sleep(0.1)
    return 42

print(asyncio.__name__, asyncio.__file__.endswith('__init__.py'))
print(inspect.iscoroutinefunction(worker), type(worker).__name__)
coro = worker()
print(type(coro).__name__, inspect.iscoroutine(coro), coro.__name__, coro.__qualname__)
print('result:', asyncio.run(coro))
print(worker.__module__, worker.__name__)
