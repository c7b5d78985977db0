import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def main():
    tasks = [asyncio.create_task(factorial(n)) for n in [5, 7, 3, 6]]
    try:
        print(tasks[0].result())
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        tasks[0].exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await asyncio.gather(*tasks)
    print(sorted(t.result() for t in tasks))
    print(sorted(tasks))

asyncio.run(main())
