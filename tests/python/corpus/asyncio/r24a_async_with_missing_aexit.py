import asyncio

class Half:
    async def __aenter__(self):
        return self

class Sync:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False

async def main():
    try:
        async with Half():
            pass
    except TypeError as e:
        print("TypeError:", e)
    async with Sync():
        pass

asyncio.run(main())
