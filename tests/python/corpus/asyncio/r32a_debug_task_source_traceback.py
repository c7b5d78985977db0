# Debug mode: "Task exception was never retrieved" also shows where the task was created
import asyncio

async def crash():
    raise RuntimeError("crashed in debug mode")

def spawn():
    return asyncio.create_task(crash(), name="crasher")

async def main():
    print("debug:", asyncio.get_running_loop().get_debug())
    spawn()
    await asyncio.sleep(0.01)
    print("main ends")

asyncio.run(main(), debug=True)
