# An async with at the top level of the script, like in a notebook
import asyncio

lock = asyncio.Lock()
async with lock:
    print("inside")
print("outside")
