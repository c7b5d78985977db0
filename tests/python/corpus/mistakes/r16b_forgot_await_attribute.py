# A forgotten await before reading an attribute of the result
import asyncio
from dataclasses import dataclass

@dataclass
class User:
    name: str
    age: int

async def load_user(uid):
    await asyncio.sleep(0.01)
    return User("ada", 36)

async def main():
    user = load_user(1)
    print("hello", user.name)

asyncio.run(main())
