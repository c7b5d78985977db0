# asyncio.run given a normal function call.
import asyncio

def main():
    print("hello from main")
    return 1

asyncio.run(main())
