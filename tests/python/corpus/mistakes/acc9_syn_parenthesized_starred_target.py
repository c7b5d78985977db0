# A parenthesised starred target.
import asyncio

(*rest) = [1, 2, 3]
print(rest)
