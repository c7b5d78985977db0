# yield from over a hand-written iterator inside a types.coroutine: the StopIteration value comes back
import asyncio
import types


class Steps:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("all steps done")
        self.n -= 1
        return None


@types.coroutine
def run_steps(n):
    result = yield from Steps(n)
    return result.upper()


def plain_gen():
    r = yield from Steps(2)
    yield r


async def main():
    print(await run_steps(3))
    print(list(plain_gen()))


asyncio.run(main())
