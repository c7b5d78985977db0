# A coroutine kept until main ends: the warning names asyncio's events.py
import asyncio
async def fetch(n):
    return n
async def main():
    x = fetch(1)
    try:
        x + 1
    except TypeError as e:
        print(e)
    print("end of main")
asyncio.run(main())
print("after run")
