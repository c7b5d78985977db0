# The classic "cancel all tasks on Ctrl-C" recipe, with Ctrl-C simulated by a task
import asyncio

async def ticker(name, interval):
    try:
        while True:
            await asyncio.sleep(interval)
            print(f"{name} tick")
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise

async def fake_ctrl_c():
    await asyncio.sleep(0.25)
    raise KeyboardInterrupt

async def main():
    await asyncio.gather(ticker("fast", 0.1), ticker("slow", 0.2), fake_ctrl_c())

loop = asyncio.new_event_loop()
main_task = loop.create_task(main())
try:
    loop.run_until_complete(main_task)
except KeyboardInterrupt:
    print("Interrupted! main task done:", main_task.done())
    tasks = sorted(asyncio.all_tasks(loop), key=lambda t: t.get_name())
    print("tasks still pending:", len(tasks))
    for t in tasks:
        t.cancel()
    results = loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
    print("results:", sorted(type(r).__name__ for r in results))
finally:
    loop.close()
    print("loop closed")
