# async with inside a normal function.
import asyncio

lock = asyncio.Lock()

def critical():
    async with lock:
        print("inside")

critical()
