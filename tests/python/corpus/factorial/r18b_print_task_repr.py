# Student prints the tasks themselves to see what is going on.
import asyncio
import os

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

def show(x):
    print(str(x).replace(HERE, ""))

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def main():
    tasks = [asyncio.create_task(factorial(n), name=f"fact-{n}") for n in [5, 3]]
    show(tasks)
    await asyncio.sleep(0.15)
    show(tasks[0])
    g = asyncio.gather(*tasks)
    show(g)
    show(await g)
    show(tasks)
    tasks[1].cancel()
    t = asyncio.create_task(factorial(2))
    t.cancel()
    await asyncio.sleep(0)
    show(t)
    show(type(tasks[0]))
    show(type(g))

asyncio.run(main())
