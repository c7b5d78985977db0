import asyncio

class FactorialService:
    def __init__(self):
        self._cache = {0: 1}
        self._lock = asyncio.Lock()
        self.hits = self.misses = 0

    async def factorial(self, n: int) -> int:
        async with self._lock:
            if n in self._cache:
                self.hits += 1
                return self._cache[n]
            self.misses += 1
            start = max(k for k in self._cache if k < n)
            value = self._cache[start]
            for i in range(start + 1, n + 1):
                await asyncio.sleep(0.1)
                value *= i
                self._cache[i] = value
            return value

    def __len__(self):
        return len(self._cache)

    def __contains__(self, n):
        return n in self._cache

async def main():
    svc = FactorialService()
    results = await asyncio.gather(*[svc.factorial(n) for n in [5, 7, 3, 6, 7]])
    print(results)
    print(f"hits={svc.hits} misses={svc.misses} cached={len(svc)}")
    print(4 in svc, 8 in svc, sorted(svc._cache)[-3:])

if __name__ == "__main__":
    asyncio.run(main())
