import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def main():
    try:
        for fut in asyncio.as_completed([factorial(n) for n in [2, 9, 4, 20]], timeout=0.65):
            print("got", await fut)
    except asyncio.TimeoutError:
        print("gave up waiting for the rest")
    await asyncio.sleep(0.05)
    tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    print("still running:", len(tasks))

asyncio.run(main())
print("done")
