# if __name__ == '__main__' without its colon.
import asyncio

async def do_something():
    await asyncio.sleep(0.01)

def main():
    asyncio.run(do_something())

if __name__ == '__main__'
    main()
