# The second import indented by accident.
import asyncio
    import random

async def main():
    await asyncio.sleep(0.01)
    print(random.randint(1, 10))

asyncio.run(main())
