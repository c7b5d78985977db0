# Double quotes inside a double-quoted string.
import asyncio

name = "Ann"
print("She said "hello" to " + name)
