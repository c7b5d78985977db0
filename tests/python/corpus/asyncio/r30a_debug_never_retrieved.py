# Debug mode: the never-retrieved report adds where the failing task was created
import asyncio

async def fails():
    await asyncio.sleep(0)
    raise OSError("device not ready")

def spawn():
    return asyncio.create_task(fails(), name="spawned")

async def main():
    spawn()
    await asyncio.sleep(0.01)
    print("main ends")

asyncio.run(main(), debug=True)
