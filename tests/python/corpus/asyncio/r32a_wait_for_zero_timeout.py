# wait_for with timeout=0 on a done future and on a pending coroutine
import asyncio

async def quick():
    return "quick"

async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("already")
    print(await asyncio.wait_for(fut, 0))
    try:
        print(await asyncio.wait_for(quick(), 0))
    except TimeoutError:
        print("coroutine timed out at zero")
    print(await asyncio.wait_for(quick(), None))

asyncio.run(main())
