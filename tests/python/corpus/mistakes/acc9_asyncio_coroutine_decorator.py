# The @asyncio.coroutine decorator of old tutorials.
import asyncio

@asyncio.coroutine
def hello():
    yield from asyncio.sleep(0.1)
    print("hello")

asyncio.run(hello())
