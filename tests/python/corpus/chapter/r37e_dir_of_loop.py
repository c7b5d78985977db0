# what can the event loop object do? listed its public methods
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    names = [n for n in dir(loop) if not n.startswith('_')]
    print(len(names))
    print(names)
    print([c.__name__ for c in type(loop).__mro__])

asyncio.run(main())
