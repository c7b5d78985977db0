# inspect.signature on the functions the chapter uses
import asyncio
import inspect

for fn in (asyncio.run, asyncio.gather, asyncio.as_completed, asyncio.create_task,
           asyncio.sleep, asyncio.wait, asyncio.wait_for, asyncio.shield, asyncio.timeout):
    print(f'{fn.__name__}{inspect.signature(fn)}')
print(inspect.signature(asyncio.Task.add_done_callback))
print(inspect.signature(asyncio.Task.cancel))
print(inspect.signature(asyncio.Queue))
