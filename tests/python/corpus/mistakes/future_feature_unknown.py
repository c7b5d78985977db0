# A future feature that does not exist (a typo of annotations).
from __future__ import anotations

class Node:
    next: Node = None

print("never")
