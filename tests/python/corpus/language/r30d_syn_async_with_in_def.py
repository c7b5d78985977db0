# async with used in a plain function
import asyncio
lock = asyncio.Lock()

def critical():
    async with lock:
        print('inside')
