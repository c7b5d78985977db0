# Mistake: asyncio.to_thread given a call's result instead of the function and its arguments.
import asyncio
import time

def load(name):
    time.sleep(0.01)
    return {"name": name}

async def main():
    print(await asyncio.to_thread(load, "a"))
    print(await asyncio.to_thread(load("b")))

asyncio.run(main())
