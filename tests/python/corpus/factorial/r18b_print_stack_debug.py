import asyncio
import sys

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.2)
        result *= i
    return result

async def main():
    task = asyncio.create_task(factorial(5), name="five")
    await asyncio.sleep(0.5)
    task.print_stack(file=sys.stderr)
    frames = task.get_stack()
    print(len(frames), frames[0].f_code.co_name, frames[0].f_lineno)
    print(task.get_coro().__name__, task.get_coro().cr_frame.f_locals['i'])
    print(await task)
    print(task.get_stack(), task.get_coro().cr_frame)

asyncio.run(main())
