# main written as a plain def: asyncio.run gets its None result
import asyncio

def main():
    print("main runs directly")
    return None

asyncio.run(main())
