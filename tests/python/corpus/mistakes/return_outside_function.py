# Mistake: return at module level.
import asyncio

numbers = [5, 7, 3, 6]
if not numbers:
    return
print(numbers)
