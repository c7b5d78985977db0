# Looking around the asyncio module: which names are coroutine functions and classes
import asyncio
import inspect

for name in ['sleep', 'gather', 'wait_for', 'wait', 'as_completed', 'create_task', 'run', 'shield', 'to_thread']:
    obj = getattr(asyncio, name)
    print(f'{name:<13} coroutine function: {inspect.iscoroutinefunction(obj)}')
for name in ['Task', 'Future', 'Queue', 'Event', 'Lock', 'Semaphore', 'TaskGroup']:
    print(name, inspect.isclass(getattr(asyncio, name)))
print(issubclass(asyncio.Task, asyncio.Future), asyncio.CancelledError.__mro__[1].__name__)
print(asyncio.TimeoutError is TimeoutError, issubclass(asyncio.InvalidStateError, Exception))
print(hasattr(asyncio, 'run'), hasattr(asyncio, 'coroutine'))
print(asyncio.sleeep)
