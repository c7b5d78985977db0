import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.ensure_future(factorial(5))
    b = loop.create_task(factorial(3))
    c = asyncio.ensure_future(a)
    fut = loop.create_future()
    loop.call_later(0.25, fut.set_result, "manual 2! = 2")
    print(a is c, isinstance(a, asyncio.Task), isinstance(fut, asyncio.Task))
    print(await fut)
    print(await asyncio.gather(a, b, c))
    print(fut.done(), fut.result())

asyncio.run(main())
