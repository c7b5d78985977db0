# an f-string conversion other than !r, !s or !a
value = 3.5
print(f"{value!r}")
print(f"{value!d}")
print("unreachable")
