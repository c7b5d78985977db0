# Printing the call stack's function names from inside a coroutine, the way a debugging session does
import asyncio
import inspect

def where():
    return [f.function for f in inspect.stack()[1:]]

async def inner():
    await asyncio.sleep(0)
    return where()

async def outer():
    return await inner()

async def main():
    print("awaited directly:", (await outer())[:3])
    t = asyncio.create_task(outer())
    stack = await t
    print("in a task, first frames:", stack[:2])
    print("main in stack of the task?", "main" in stack)
    print("module frame last:", where()[-1] if False else stack[-1])

asyncio.run(main())
