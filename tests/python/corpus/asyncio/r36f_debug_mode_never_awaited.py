# With asyncio debug mode on, a coroutine that is never awaited reports where it was created.
import asyncio
import gc

async def notify(user):
    await asyncio.sleep(0)
    print("notified", user)

async def main():
    print("debug:", asyncio.get_running_loop().get_debug())
    notify("alice")
    gc.collect()
    await asyncio.sleep(0.01)
    print("main done")

asyncio.run(main(), debug=True)
