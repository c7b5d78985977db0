# KeyboardInterrupt raised in a task's done callback: main's await never returns, caught around run
import asyncio


async def factorial(n):
    await asyncio.sleep(0.1)
    return n * (n - 1)


def check(task):
    print('callback got', task.result())
    raise KeyboardInterrupt


async def main():
    task = asyncio.create_task(factorial(4))
    task.add_done_callback(check)
    print('main got', await task)


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print('interrupted in a callback')
