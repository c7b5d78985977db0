# Creating TypeVars with one constraint and under a different name
from typing import TypeVar

T = TypeVar("T")
print(T, T.__name__)
try:
    Number = TypeVar("Number", int)
except TypeError as e:
    print("TypeError:", e)
K = TypeVar("Key")
print(K)
V = TypeVar("V", int, str, bound=float)
