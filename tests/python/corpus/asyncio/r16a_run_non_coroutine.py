# asyncio.run refuses a coroutine function, a Task-less awaitable and None
import asyncio

async def main():
    return 1

class Awaitable:
    def __await__(self):
        yield from []
        return 'x'

for arg in (main, Awaitable(), None):
    try:
        asyncio.run(arg)
    except ValueError as e:
        print('ValueError:', str(e).split(' at 0x')[0])
print(asyncio.run(main()))
