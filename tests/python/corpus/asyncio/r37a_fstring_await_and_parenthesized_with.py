# await inside f-strings with format specs, and a parenthesized multi-manager async with
import asyncio


async def score(name):
    await asyncio.sleep(0)
    return {"ann": 91.456, "bo": 7.5}[name]


class Res:
    def __init__(self, tag):
        self.tag = tag

    async def __aenter__(self):
        print("enter", self.tag)
        return self.tag.upper()

    async def __aexit__(self, *exc):
        print("exit", self.tag)


async def main():
    print(f"ann={await score('ann'):>8.2f}|bo={await score('bo')!r:>6}|")
    print(f"{'total':<6}{await score('ann') + await score('bo'):07.1f}")
    async with (
        Res("a") as a,
        Res("b") as b,
    ):
        print("inside", a, b)
    async with Res("c") as c, Res("d"):
        print("inside", c)
        print(f"{await score('nobody')}")


asyncio.run(main())
