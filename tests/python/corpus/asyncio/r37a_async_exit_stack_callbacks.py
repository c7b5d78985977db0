# AsyncExitStack mixing sync and async callbacks, an async context, and pop_all to keep resources
import asyncio
from contextlib import AsyncExitStack


class Conn:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("open", self.name)
        return self

    async def __aexit__(self, *exc):
        await asyncio.sleep(0)
        print("close", self.name, "exc:", exc[0].__name__ if exc[0] else None)
        return False


async def main():
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(Conn("a"))
        stack.callback(print, "sync callback")
        stack.push_async_callback(asyncio.sleep, 0)
        async def note(msg):
            print("async callback:", msg)
        stack.push_async_callback(note, "bye")
        await stack.enter_async_context(Conn("b"))
        print("using", a.name)
    print("---")
    async with AsyncExitStack() as stack:
        await stack.enter_async_context(Conn("kept"))
        saved = stack.pop_all()
    print("stack exited, kept still open")
    await saved.aclose()
    async with AsyncExitStack() as stack:
        await stack.enter_async_context(Conn("c"))
        raise IndexError("oops")


asyncio.run(main())
