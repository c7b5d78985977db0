# Mistake: an await written in a class body to set a class attribute.
import asyncio


async def load_default():
    await asyncio.sleep(0)
    return 10


class Settings:
    timeout = await load_default()


print(Settings.timeout)
