# current_task and all_tasks from inside tasks; names sorted to stay deterministic
import asyncio

async def napper(i):
    await asyncio.sleep(0.05)

async def main():
    me = asyncio.current_task()
    me.set_name("main-task")
    ts = [asyncio.create_task(napper(i), name=f"nap-{i}") for i in range(3)]
    await asyncio.sleep(0)
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print(names)
    print(me in asyncio.all_tasks(), me.get_coro().__name__)
    await asyncio.gather(*ts)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))

asyncio.run(main())
print(asyncio.current_task() if False else "outside loop")
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print("RuntimeError:", e)
