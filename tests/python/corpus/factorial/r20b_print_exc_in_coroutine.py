# Harness catches the student's error inside its own coroutine and prints the traceback to stdout.
import asyncio, io, traceback

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result = result * i // (n - 3)
    return result

async def harness():
    for n in (5, 3):
        try:
            print(n, '->', await factorial(n))
        except ZeroDivisionError:
            buf = io.StringIO()
            traceback.print_exc(file=buf)
            print(buf.getvalue().replace(__file__, 'student.py'), end='')
    try:
        await asyncio.wait_for(factorial(3), 1)
    except ArithmeticError as e:
        frames = traceback.extract_tb(e.__traceback__)
        print('innermost:', frames[-1].name, frames[-1].lineno, frames[-1].line)

asyncio.run(harness())
