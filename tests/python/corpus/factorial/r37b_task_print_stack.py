# Looking at where a factorial task is suspended using get_stack() and print_stack().
import asyncio
import io
import os


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.3)
        r *= i
    return r


async def main():
    task = asyncio.create_task(factorial(3), name="fact3")
    await asyncio.sleep(0.1)
    frames = task.get_stack()
    print(len(frames), frames[0].f_code.co_name, frames[0].f_lineno)
    buf = io.StringIO()
    task.print_stack(file=buf)
    print(buf.getvalue().replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, ""), end="")
    print(await task)
    print("done task stack:", task.get_stack())


asyncio.run(main())
