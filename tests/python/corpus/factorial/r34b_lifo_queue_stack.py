# Trying a LifoQueue instead of Queue: the last number put in is computed first.
import asyncio


async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result


async def main():
    jobs = asyncio.LifoQueue()
    for n in [5, 7, 3, 6]:
        await jobs.put(n)
    print("queued:", jobs.qsize())
    order = []
    while not jobs.empty():
        n = jobs.get_nowait()
        order.append(n)
        print(f"{n}! = {await factorial(n)}")
    print("order taken:", order)


if __name__ == "__main__":
    asyncio.run(main())
