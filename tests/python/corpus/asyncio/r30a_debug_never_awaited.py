# In debug mode the never-awaited warning says where the coroutine was created
import asyncio

async def task_body():
    return "unused"

def make_it():
    return task_body()

async def main():
    make_it()
    await asyncio.sleep(0)
    print("debug is", asyncio.get_running_loop().get_debug())

asyncio.run(main(), debug=True)
