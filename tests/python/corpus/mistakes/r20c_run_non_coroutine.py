# asyncio.run given a non-coroutine value
import asyncio

async def main():
    print("hi")

print("start")
asyncio.run(5)
