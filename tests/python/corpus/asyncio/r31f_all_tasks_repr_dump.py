# Dumping asyncio.all_tasks() while debugging a hang (own directory stripped)
import asyncio
import os

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

async def stuck(ev):
    await ev.wait()

async def main():
    ev = asyncio.Event()
    asyncio.create_task(stuck(ev), name="waiter")
    await asyncio.sleep(0)
    for t in sorted(asyncio.all_tasks(), key=lambda t: t.get_name()):
        text = repr(t).replace(HERE, "")
        print(text.split(" wait_for=")[0] + (" wait_for=..." if "wait_for=" in text else ""))
    ev.set()
    await asyncio.sleep(0)
    print(len(asyncio.all_tasks()))

asyncio.run(main())
