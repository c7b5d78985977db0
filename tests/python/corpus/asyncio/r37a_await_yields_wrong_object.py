# A custom awaitable that yields a plain int to the event loop: the task fails with a RuntimeError
import asyncio


class Bad:
    def __await__(self):
        yield 42
        return "never"


async def main():
    try:
        await Bad()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("main continues")
    await Bad()


asyncio.run(main())
