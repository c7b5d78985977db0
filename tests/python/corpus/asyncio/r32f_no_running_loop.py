# Calling loop-only helpers at module level, outside any running event loop
import asyncio

async def job():
    return 1

for fn in (asyncio.get_running_loop, asyncio.current_task):
    try:
        fn()
    except RuntimeError as e:
        print(fn.__name__, "->", e)
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print("all_tasks ->", e)
coro = job()
try:
    asyncio.create_task(coro)
except RuntimeError as e:
    print("create_task ->", e)
print(asyncio.run(coro) if False else "skipping")
coro.close()
print(asyncio.run(job()))
