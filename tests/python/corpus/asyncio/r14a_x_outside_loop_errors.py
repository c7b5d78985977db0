# test_tasks: all_tasks(), current_task(), get_running_loop() and create_task outside a running loop
import asyncio

async def coro():
    pass

for name, call in (('all_tasks', asyncio.all_tasks), ('current_task', asyncio.current_task),
                   ('get_running_loop', asyncio.get_running_loop)):
    try:
        call()
    except RuntimeError as e:
        print(name, '->', e)
c = coro()
try:
    asyncio.create_task(c)
except RuntimeError as e:
    print('create_task ->', e)
c.close()
try:
    asyncio.ensure_future(42)
except TypeError as e:
    print('ensure_future ->', e)
print(asyncio._get_running_loop())
