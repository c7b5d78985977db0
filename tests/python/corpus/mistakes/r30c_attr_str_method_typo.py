# Misspelt a string method name.
# (kept short on purpose: the mistake is the point)
title = "the art of asyncio"
print(title.upper())
print(title.captalize())
