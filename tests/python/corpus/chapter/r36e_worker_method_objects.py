# turned worker into a method on a Downloader class, then gathered three objects
import asyncio

class Downloader:
    def __init__(self, name, size):
        self.name = name
        self.size = size
        self.done = False

    async def run(self):
        print(f'{self.name}: downloading {self.size} chunks')
        for _ in range(self.size):
            await asyncio.sleep(0.02)
        self.done = True
        return f'{self.name} ({self.size})'

    def __repr__(self):
        return f'Downloader({self.name!r}, done={self.done})'

async def main():
    ds = [Downloader('a.txt', 3), Downloader('b.txt', 1), Downloader('c.txt', 5)]
    print(ds)
    results = await asyncio.gather(*(d.run() for d in ds))
    print(results)
    print(ds)

asyncio.run(main())
