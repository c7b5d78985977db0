# An f-string conversion that does not exist.
value = 3.14159
print(f"{value!d}")
