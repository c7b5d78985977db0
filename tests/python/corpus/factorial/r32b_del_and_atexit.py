# A result holder with __del__ and an atexit summary: what prints at the very end.
import asyncio
import atexit

computed = []


class Holder:
    def __init__(self, n, v):
        self.n, self.v = n, v

    def __del__(self):
        print(f"dropping {self.n}!")


@atexit.register
def summary():
    print("atexit: computed", computed)


async def factorial(n):
    v = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.005)
        v *= i
    computed.append(n)
    return Holder(n, v)


async def main():
    h = await factorial(4)
    print(h.v)
    h = await factorial(5)
    print(h.v)
    return h


keep = asyncio.run(main())
print("end of script", keep.n)
