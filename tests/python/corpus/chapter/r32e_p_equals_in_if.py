# wrote = instead of == in the main guard
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

def main():
    print(asyncio.run(worker()))

if __name__ = '__main__':
    main()
