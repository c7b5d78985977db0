# asyncio's submodules are modules of their own, whose names are asyncio's
import asyncio.tasks
import asyncio.events as ev
from asyncio.queues import Queue, QueueEmpty
from asyncio import locks, exceptions
import sys

print(asyncio.tasks.__name__, ev.__name__, type(asyncio.tasks).__name__)
print(asyncio.tasks.Task is asyncio.Task, Queue is asyncio.Queue, locks.Lock is asyncio.Lock)
print(asyncio.tasks.__all__[:5], asyncio.timeouts.__all__)
print(asyncio.tasks.futures.__name__, asyncio.locks.__file__.endswith('asyncio/locks.py'))
print(len(asyncio.__all__), asyncio.__all__[:3], asyncio.__all__[-3:])
print(type(asyncio.__all__).__name__, 'TaskGroup' in asyncio.__all__, asyncio.__all__ is asyncio.__all__)
print(exceptions.CancelledError.__module__, QueueEmpty.__mro__[1].__name__)
print('asyncio.tasks' in sys.modules, sys.modules['asyncio.locks'] is locks)
print([n for n in asyncio.__all__ if n.startswith('wait')])

async def main():
    q = Queue()
    await q.put(1)
    t = asyncio.tasks.create_task(asyncio.tasks.sleep(0, 'slept'))
    print(await t, q.get_nowait(), asyncio.tasks.current_task().get_name())

asyncio.runners.run(main())
try:
    asyncio.tasks.no_such_name
except AttributeError as e:
    print(e)
