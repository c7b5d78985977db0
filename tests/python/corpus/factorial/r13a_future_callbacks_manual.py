import asyncio

def step(loop, fut, n, i, acc):
    if i > n:
        fut.set_result(acc)
        return
    loop.call_later(0.01, step, loop, fut, n, i + 1, acc * i)

async def factorial(n):
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(step, loop, fut, n, 1, 1)
    return await fut

async def main():
    print(await asyncio.gather(factorial(5), factorial(0), factorial(7)))
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(1)
    try:
        fut.set_result(2)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)

asyncio.run(main())
