# Fully annotated solution with typing's List, Dict and Optional.
import asyncio
from typing import Dict, List, Optional

async def factorial(number: int, delay: float = 0.01) -> int:
    result: int = 1
    for i in range(1, number + 1):
        await asyncio.sleep(delay)
        result *= i
    return result

async def calculate(numbers: List[int]) -> Dict[int, int]:
    values: List[int] = await asyncio.gather(*[factorial(n) for n in numbers])
    return dict(zip(numbers, values))

def describe(table: Dict[int, int], key: Optional[int] = None) -> str:
    if key is None:
        return ", ".join(f"{k}!={v}" for k, v in table.items())
    return f"{key}!={table[key]}"

table = asyncio.run(calculate([3, 4, 5]))
print(describe(table))
print(describe(table, 4))
print(factorial.__annotations__)
print(calculate.__annotations__)
