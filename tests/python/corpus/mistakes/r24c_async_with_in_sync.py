import asyncio

lock = asyncio.Lock()

def update():
    async with lock:
        print("updating")
