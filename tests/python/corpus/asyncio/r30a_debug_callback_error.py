# In debug mode an exception in a callback also shows where the handle was created
import asyncio

def fragile(n):
    return 10 // n

def schedule(loop):
    loop.call_soon(fragile, 0)

async def main():
    loop = asyncio.get_running_loop()
    schedule(loop)
    await asyncio.sleep(0.01)
    print("after the failure")

asyncio.run(main(), debug=True)
