# An f-string conversion that does not exist.
# (kept short on purpose: the mistake is the point)
#
value = 3.14159
print(f"{value!d}")
