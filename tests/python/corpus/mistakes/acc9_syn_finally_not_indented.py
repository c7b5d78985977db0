# A finally whose body is not indented.
import asyncio

try:
    print("work")
finally:
print("cleanup")
