# Comparing a method instead of its result.
import asyncio
word = "Hello"
print(word.lower == "hello")
print(sorted([3, 1]) == [3, 1].sort)
count = len
try:
    print(count > 3)
except TypeError as e:
    print("TypeError:", e)
print(asyncio.sleep == asyncio.sleep, callable(asyncio.run))
total = sum
print(total + 1)
