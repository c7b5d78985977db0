# async with inside a plain function.
import asyncio

lock = asyncio.Lock()

def update(shared):
    async with lock:
        shared["n"] += 1

update({"n": 0})
