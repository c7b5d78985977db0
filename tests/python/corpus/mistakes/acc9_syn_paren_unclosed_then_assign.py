# An unclosed parenthesis followed by another statement.
import asyncio

delays = (0.1, 0.2,
names = ["a", "b"]
print(delays, names)
