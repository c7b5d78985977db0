# An f-string conversion that does not exist (!d)
value = 42
print(f"{value!d}")
