# asyncio.timeout's reschedule and when(): the deadline moved while working
import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    return f

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.15) as cm:
        print("first deadline set:", cm.when() is not None)
        cm.reschedule(loop.time() + 1)
        print(await factorial(5))
    print("expired:", cm.expired())
    try:
        async with asyncio.timeout_at(loop.time() + 0.25):
            await factorial(6)
    except TimeoutError as e:
        print("TimeoutError", repr(e), e.__cause__)

asyncio.run(main())
