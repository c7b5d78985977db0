# Mistake: main is a plain function, so asyncio.run gets None instead of a coroutine.
import asyncio

def main():
    print('working')

asyncio.run(main())
