# Debugging a stuck task with get_stack() and print_stack()
import asyncio
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

async def inner():
    await asyncio.sleep(1)

async def outer():
    await inner()

async def main():
    t = asyncio.create_task(outer(), name="stuck")
    await asyncio.sleep(0.01)
    frames = t.get_stack()
    print("frames:", [f.f_code.co_name for f in frames])
    print("lines:", [f.f_lineno for f in frames])
    buf = io.StringIO()
    t.print_stack(file=buf)
    print(buf.getvalue().replace(HERE, ""), end="")
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("after cancel:", t.get_stack())

asyncio.run(main())
