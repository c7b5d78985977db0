# A __future__ import that does not exist and one placed too late.
import asyncio
from __future__ import annotations
print("typed")
