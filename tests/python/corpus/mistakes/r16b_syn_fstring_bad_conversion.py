# An f-string conversion that does not exist (!d)
print("== fstring bad conversion ==")

value = 42
print(f"{value!d}")
