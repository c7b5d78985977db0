# docs "Introspection": current_task and all_tasks
import asyncio

async def worker(n):
    me = asyncio.current_task()
    await asyncio.sleep(0.1 * n)
    return me.get_name()

async def main():
    me = asyncio.current_task()
    print("main name:", me.get_name())
    tasks = [asyncio.create_task(worker(i), name=f"w{i}") for i in range(3)]
    others = asyncio.all_tasks()
    print("all:", sorted(t.get_name() for t in others))
    print("main in all:", me in others)
    print(await asyncio.gather(*tasks))
    print("all after:", sorted(t.get_name() for t in asyncio.all_tasks()))
    loop = asyncio.get_running_loop()
    print(asyncio.current_task(loop) is me, len(asyncio.all_tasks(loop)))

print(asyncio.run(main()))
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print("RuntimeError:", e)
