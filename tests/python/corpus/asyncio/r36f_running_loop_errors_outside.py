# Calling loop-dependent asyncio functions outside of a running event loop.
import asyncio

async def job():
    return 1

for name, call in [("get_running_loop", asyncio.get_running_loop),
                   ("current_task", asyncio.current_task),
                   ("all_tasks", asyncio.all_tasks),
                   ("timeout", lambda: asyncio.timeout(1))]:
    try:
        r = call()
        print(name, "->", type(r).__name__)
    except RuntimeError as e:
        print(name, "RuntimeError:", e)
c = job()
try:
    asyncio.create_task(c)
except RuntimeError as e:
    print("create_task RuntimeError:", e)
c.close()
print(asyncio.run(job()))
