# A hand-written awaitable that yields a plain value confuses the Task: "Task got bad yield".
import asyncio

class Nudge:
    def __await__(self):
        yield
        return "bare yield is fine"

class Broken:
    def __await__(self):
        yield 42
        return "never"

async def main():
    print(await Nudge())
    try:
        print(await Broken())
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
