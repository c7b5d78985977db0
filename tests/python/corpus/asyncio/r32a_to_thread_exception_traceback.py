# An exception raised in to_thread's function, uncaught: the traceback crosses threads
import asyncio

def load(path):
    raise FileNotFoundError(2, "No such file", path)

async def main():
    data = await asyncio.to_thread(load, "missing.cfg")
    print(data)

asyncio.run(main())
