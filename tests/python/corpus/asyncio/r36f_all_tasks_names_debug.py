# Debug helper that lists all tasks with their names and states while work is in flight.
import asyncio

async def job(delay):
    await asyncio.sleep(delay)

def state(t):
    if t.done():
        return "cancelled" if t.cancelled() else "done"
    return "pending"

async def main():
    asyncio.current_task().set_name("main")
    tasks = [asyncio.create_task(job(0.01 * i), name=f"job-{i}") for i in range(1, 4)]
    await asyncio.sleep(0.015)
    for t in sorted(asyncio.all_tasks(), key=lambda t: t.get_name()):
        print(f"{t.get_name():>6}: {state(t)}")
    print("finished jobs:", sorted(t.get_name() for t in tasks if t.done()))
    await asyncio.gather(*tasks)
    print(len(asyncio.all_tasks()), "task(s) left:", [t.get_name() for t in asyncio.all_tasks()])

asyncio.run(main())
