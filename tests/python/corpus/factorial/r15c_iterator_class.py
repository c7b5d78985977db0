# an iterator class that produces successive factorials
import asyncio

class Factorials:
    def __init__(self, limit):
        self.limit = limit
        self.n = 0
        self.value = 1

    def __iter__(self):
        return self

    def __next__(self):
        if self.n > self.limit:
            raise StopIteration
        current = (self.n, self.value)
        self.n += 1
        self.value *= self.n
        return current

async def show(limit):
    for n, v in Factorials(limit):
        await asyncio.sleep(0.01)
        print(f"{n}! = {v}")

asyncio.run(show(7))
