# A __future__ import that does not exist and one placed too late.
# (kept short on purpose: the mistake is the point)
import asyncio
from __future__ import annotations
print("typed")
