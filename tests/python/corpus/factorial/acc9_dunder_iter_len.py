# A collection of factorial results with __len__, __iter__, __contains__, __getitem__, __bool__.
import asyncio

class Results:
    def __init__(self):
        self._data = {}

    def add(self, n, value):
        self._data[n] = value

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(sorted(self._data.items()))

    def __contains__(self, n):
        return n in self._data

    def __getitem__(self, n):
        try:
            return self._data[n]
        except KeyError:
            raise KeyError(f"no result for {n}") from None

    def __repr__(self):
        return f"Results({len(self)} items)"

async def fact(n, results):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    results.add(n, r)

async def main():
    results = Results()
    print(bool(results), results)
    await asyncio.gather(*(fact(n, results) for n in (7, 5, 3, 6)))
    print(bool(results), results, len(results))
    for n, v in results:
        print(f"{n}! = {v}")
    print(5 in results, 4 in results, results[6])
    print(list(results)[:2], dict(results))
    results[4]

asyncio.run(main())
