# loop.run_in_executor with the default pool and math.factorial
import asyncio
import math

async def main():
    loop = asyncio.get_running_loop()
    futures = [loop.run_in_executor(None, math.factorial, n) for n in (5, 10, 15)]
    for n, value in zip((5, 10, 15), await asyncio.gather(*futures)):
        print(f"{n}! = {value:,}")
    try:
        await loop.run_in_executor(None, math.factorial, -1)
    except ValueError as e:
        print("ValueError:", e)
    try:
        await loop.run_in_executor(None, math.factorial, 2.5)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
