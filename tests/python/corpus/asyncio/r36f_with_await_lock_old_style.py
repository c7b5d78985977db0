# Old tutorial style `with await lock:` no longer works; the modern form is `async with lock:`.
import asyncio

async def main():
    lock = asyncio.Lock()
    async with lock:
        print("async with works, locked:", lock.locked())
    print("released:", lock.locked())
    with await lock:
        print("never printed")

asyncio.run(main())
