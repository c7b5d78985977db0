# async with in a plain function: the compiler's SyntaxError
import asyncio

lock = asyncio.Lock()

def update():
    async with lock:
        print("updating")

asyncio.run(update())
