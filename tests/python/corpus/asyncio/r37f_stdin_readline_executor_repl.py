# An async calculator REPL reading stdin lines through run_in_executor while a spinner task ticks
import asyncio
import sys

async def read_line():
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(None, sys.stdin.readline)

async def repl():
    while True:
        line = await read_line()
        if not line:
            print("EOF, bye")
            return
        line = line.strip()
        if line == "quit":
            print("bye")
            return
        try:
            a, op, b = line.split()
            ops = {"+": float.__add__, "-": float.__sub__, "*": float.__mul__, "/": float.__truediv__}
            print(f"{line} = {ops[op](float(a), float(b)):g}")
        except ZeroDivisionError:
            print("cannot divide by zero")
        except (ValueError, KeyError) as e:
            print(f"bad input {line!r}: {type(e).__name__}")

asyncio.run(repl())
