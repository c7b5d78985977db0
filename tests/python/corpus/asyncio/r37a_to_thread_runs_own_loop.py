# Running a second, independent event loop in a worker thread with to_thread(asyncio.run, ...)
import asyncio


async def inner_job(n):
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.01)
    return n * n, loop


async def main():
    outer_loop = asyncio.get_running_loop()
    result, inner_loop = await asyncio.to_thread(asyncio.run, inner_job(7))
    print("result:", result)
    print("different loops:", inner_loop is not outer_loop)
    print("inner loop closed:", inner_loop.is_closed(), "outer closed:", outer_loop.is_closed())
    try:
        asyncio.run(inner_job(1))
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
