# pasted the program AND its output block from the book
import asyncio

async def worker():
    return 42

async def do_something():
    print('do_something - result:', await worker())

asyncio.run(do_something())
Main - Starting
do_something - will wait for worker
