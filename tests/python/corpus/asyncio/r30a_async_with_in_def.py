# 'async with' written inside a normal def
import asyncio

lock = asyncio.Lock()

def critical():
    async with lock:
        print("inside")

asyncio.run(critical())
