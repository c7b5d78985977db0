import asyncio

lock = asyncio.Lock()

def update(counter):
    async with lock:
        counter["n"] += 1

update({"n": 0})
