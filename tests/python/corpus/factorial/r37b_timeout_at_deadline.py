# One shared deadline for all the factorials with asyncio.timeout_at; whatever isn't done is lost.
import asyncio

finished = {}


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    finished[n] = r


async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.45
    try:
        async with asyncio.timeout_at(deadline):
            for n in (2, 3, 4, 8):
                await factorial(n)
    except TimeoutError:
        print("deadline passed")
    print(finished)


asyncio.run(main())
