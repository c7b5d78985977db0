# async with, two managers in one statement (parenthesised form) and __aenter__ returning a tuple
import asyncio

class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b
    async def __aenter__(self):
        print("enter pair")
        return self.a, self.b
    async def __aexit__(self, et, ev, tb):
        print("exit pair", et.__name__ if et else None)
        return False

class Timer:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("start", self.name)
        return self
    async def __aexit__(self, *exc):
        print("stop", self.name)

async def main():
    async with (
        Pair(1, 2) as (x, y),
        Timer("t1") as t,
    ):
        print("body", x + y, t.name)
    try:
        async with Pair(1, 2) as (x, y, z):
            print("unreachable")
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
