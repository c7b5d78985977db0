import asyncio

async def factorial(n):
    me = asyncio.current_task()
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    print(f"{me.get_name()}: {n}! = {result}")
    return result

async def main():
    print("main task:", asyncio.current_task().get_name())
    tasks = [asyncio.create_task(factorial(n)) for n in [5, 7, 3, 6]]
    print([t.get_name() for t in tasks])
    tasks[1].set_name("the-seven")
    await asyncio.gather(*tasks)
    more = asyncio.create_task(factorial(2), name=2)
    print(repr(more.get_name()))
    await more

asyncio.run(main())
asyncio.run(main())
