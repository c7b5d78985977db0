# test_pep492: async with over objects whose __aenter__/__aexit__ return non-awaitables
import asyncio

class EnterInt:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        return False

class ExitInt:
    async def __aenter__(self):
        return self
    def __aexit__(self, *a):
        return 2

class SyncCM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False

async def main():
    for obj in (EnterInt(), ExitInt(), SyncCM()):
        try:
            async with obj:
                print('inside', type(obj).__name__)
        except (TypeError, AttributeError) as e:
            print(type(obj).__name__, '->', type(e).__name__, e)

asyncio.run(main())
