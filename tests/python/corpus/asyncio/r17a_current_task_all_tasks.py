# current_task() is the running task; all_tasks() holds the unfinished ones
import asyncio

async def child(ev):
    await ev.wait()

async def main():
    me = asyncio.current_task()
    ev = asyncio.Event()
    kids = [asyncio.create_task(child(ev), name=f'kid{i}') for i in range(3)]
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print(names, me in asyncio.all_tasks())
    ev.set()
    await asyncio.gather(*kids)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(asyncio.current_task() is me)

asyncio.run(main())
print(asyncio.current_task.__name__)
try:
    asyncio.current_task()
except RuntimeError as e:
    print('RuntimeError:', e)
