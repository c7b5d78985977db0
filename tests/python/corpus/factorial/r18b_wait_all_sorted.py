# asyncio.wait returns sets, so sort the results before printing.
import asyncio

async def factorial(n):
    result = 1
    while n > 1:
        result *= n
        n -= 1
        await asyncio.sleep(0.1)
    return result

async def main(numbers):
    tasks = [asyncio.create_task(factorial(n), name=str(n)) for n in numbers]
    done, pending = await asyncio.wait(tasks)
    print("done:", len(done), "pending:", len(pending))
    for t in sorted(done, key=lambda t: int(t.get_name())):
        print(t.get_name().rjust(3), "->", t.result())
    print(type(done).__name__, type(pending).__name__)

asyncio.run(main([5, 7, 3, 6]))
