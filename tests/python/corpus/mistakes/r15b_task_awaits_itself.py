# Mistake: a coroutine awaits its own task (current_task) to "wait until done".
import asyncio

async def worker():
    print("working")
    await asyncio.sleep(0.01)
    me = asyncio.current_task()
    await me
    print("finished")

asyncio.run(worker())
