# Listing all_tasks() by name and state while a few workers are at different points
import asyncio


async def sleeper(d):
    await asyncio.sleep(d)


async def main():
    tasks = [asyncio.create_task(sleeper(d), name=f"s{d}") for d in (0.01, 0.2, 0.4)]
    await asyncio.sleep(0.1)
    snap = sorted((t.get_name(), t.done()) for t in asyncio.all_tasks())
    print(snap)
    print("current in all:", asyncio.current_task() in asyncio.all_tasks())
    print("finished s0.01 in all:", tasks[0] in asyncio.all_tasks())
    tasks[2].cancel()
    await asyncio.sleep(0)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await tasks[1]
    print(len(asyncio.all_tasks()))


asyncio.run(main())
