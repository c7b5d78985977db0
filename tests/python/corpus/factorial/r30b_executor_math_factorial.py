# Offload math.factorial to a thread with asyncio.to_thread and run_in_executor.
import asyncio
import math


async def main():
    loop = asyncio.get_running_loop()
    a = await asyncio.to_thread(math.factorial, 10)
    b = await loop.run_in_executor(None, math.factorial, 12)
    many = await asyncio.gather(*(asyncio.to_thread(math.factorial, n) for n in range(5)))
    print(a, b, many)
    try:
        await asyncio.to_thread(math.factorial, -1)
    except ValueError as e:
        print("ValueError:", e)
    await asyncio.to_thread(math.factorial, 4.5)


asyncio.run(main())
