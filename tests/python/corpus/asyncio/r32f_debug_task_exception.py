# In debug mode, an unretrieved task exception also reports where the task was created
import asyncio

async def crash():
    await asyncio.sleep(0.01)
    return 1 / 0

def start(loop):
    return asyncio.ensure_future(crash())

async def main():
    start(asyncio.get_running_loop())
    await asyncio.sleep(0.05)
    print("main done")

asyncio.run(main(), debug=True)
