# Async recursive factorial: 400 nested awaits work, 1200 hit the recursion limit.
import asyncio


async def factorial(n):
    if n <= 1:
        await asyncio.sleep(0.01)
        return 1
    return n * await factorial(n - 1)


async def main():
    f = await factorial(400)
    print(len(str(f)), str(f)[:12])
    try:
        await factorial(1200)
    except RecursionError as e:
        print("RecursionError:", e)
    print("done")


asyncio.run(main())
