# scheduling a callback with call_soon that divides by the count
import asyncio

def average(total, count):
    print("average", total / count)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(average, 10, 2)
    loop.call_soon(average, 10, 0)
    await asyncio.sleep(0.01)
    print("still running")

asyncio.run(main())
