# Offload math.factorial to a thread with asyncio.to_thread and run_in_executor.
import asyncio
import math


async def main():
    a = await asyncio.to_thread(math.factorial, 30)
    print("30! =", a)
    loop = asyncio.get_running_loop()
    b = await loop.run_in_executor(None, math.factorial, 25)
    print("25! =", b)
    many = await asyncio.gather(*(asyncio.to_thread(math.factorial, n) for n in range(8)))
    print(many)
    try:
        await asyncio.to_thread(math.factorial, -1)
    except ValueError as e:
        print("thread raised:", e)


asyncio.run(main())
