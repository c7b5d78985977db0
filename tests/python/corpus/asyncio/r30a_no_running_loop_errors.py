# Asking for the running loop, tasks or the current task outside of any loop
import asyncio

for fn in (asyncio.get_running_loop, asyncio.all_tasks, asyncio.current_task):
    try:
        fn()
    except RuntimeError as e:
        print(fn.__name__, "->", e)

async def job():
    return 1

try:
    asyncio.create_task(job())
except RuntimeError as e:
    print("create_task ->", e)
asyncio.ensure_future(job())
