# A 3.12 generic function.
import asyncio

def first[T](items: list[T]) -> T:
    return items[0]

print(first([1, 2]))
