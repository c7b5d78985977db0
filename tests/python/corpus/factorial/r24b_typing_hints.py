import asyncio
from typing import Dict, List, Tuple, Optional

async def factorial(name: str, n: int, delay: float = 0.01) -> Tuple[str, int]:
    f: int = 1
    for i in range(2, n + 1):
        await asyncio.sleep(delay)
        f *= i
    return name, f

async def run_all(jobs: Dict[str, int]) -> List[Tuple[str, int]]:
    return list(await asyncio.gather(*(factorial(k, v) for k, v in jobs.items())))

def biggest(results: List[Tuple[str, int]]) -> Optional[str]:
    if not results:
        return None
    return max(results, key=lambda r: r[1])[0]

results = asyncio.run(run_all({"A": 3, "B": 7, "C": 5}))
print(results)
print("biggest:", biggest(results))
print("empty:", biggest([]))
print(factorial.__annotations__)
