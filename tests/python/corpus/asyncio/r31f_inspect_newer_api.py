# Trying inspect.getasyncgenstate and TaskGroup helpers from newer docs on 3.11
import asyncio
import inspect

async def agen():
    yield 1

async def main():
    g = agen()
    print(g.ag_running, g.ag_frame is not None)
    print(inspect.getasyncgenstate(g))

asyncio.run(main())
