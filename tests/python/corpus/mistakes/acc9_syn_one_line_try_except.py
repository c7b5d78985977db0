# try and except on one line.
import asyncio

try: x = int("a") except ValueError: x = 0
print(x)
