# A done callback that raises: "Exception in callback" is logged, main goes on
import asyncio


async def factorial(n):
    await asyncio.sleep(0.1)
    f = 1
    for i in range(2, n + 1):
        f *= i
    return f


def report(task):
    print('result is', task.result())
    print('digits:', len(task.result()))


async def main():
    t = asyncio.create_task(factorial(5))
    t.add_done_callback(report)
    print(await t)
    await asyncio.sleep(0)
    print('main done')


asyncio.run(main())
