# a 3.12-style f-string with a backslash inside the braces, a SyntaxError in 3.11
import asyncio

async def worker(n):
    await asyncio.sleep(0.1)
    return n * n

async def do_something():
    results = await asyncio.gather(*(worker(n) for n in range(3)))
    print(f"results:\n{'\n'.join(map(str, results))}")

asyncio.run(do_something())
