# A backslash continuation on the file's last line.
print("start")

import asyncio

print("start")
total = 1 + 2 + \