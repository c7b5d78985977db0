# get_running_loop, current_task, all_tasks and create_task outside a run (no running event loop), a loop's state after asyncio.run
import asyncio

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    asyncio.current_task()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    asyncio.create_task(asyncio.sleep(1))
except RuntimeError as e:
    print('RuntimeError:', e)

async def main():
    loop = asyncio.get_running_loop()
    print(loop.is_running(), loop.is_closed())
    return loop

loop = asyncio.run(main())
print(loop.is_running(), loop.is_closed())
asyncio.get_running_loop()
